<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LlamaDesk</source>
        <translation>Sobre o LlamaDesk</translation>
    </message>
    <message>
        <source>Chat with Llama 2 and other GGUF models on this computer. Conversations stay on your disk; chatting uses no network.</source>
        <translation>Converse com o Llama 2 e outros modelos GGUF neste computador. As conversas ficam no seu disco; conversar não usa a rede.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Motor:</translation>
    </message>
    <message>
        <source>CPU code:</source>
        <translation>Código de CPU:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Pasta de logs:</translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation>Pasta de modelos:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>Licenças:</translation>
    </message>
    <message>
        <source>Llama 2 models: Llama 2 Community License</source>
        <translation>Modelos Llama 2: Llama 2 Community License</translation>
    </message>
    <message>
        <source>Each model you download keeps its own licence.</source>
        <translation>Cada modelo que você baixa mantém a própria licença.</translation>
    </message>
    <message>
        <source>chosen when a model is loaded</source>
        <translation>escolhido ao carregar um modelo</translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation>não instalado (%1)</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>The catalog&apos;s models download without an account. A token is needed only for gated repositories such as Meta&apos;s own; it is kept in the system keyring and nowhere else.</source>
        <translation>Os modelos do catálogo são baixados sem conta. Um token só é necessário para repositórios com acesso restrito, como o da própria Meta; ele fica guardado no chaveiro do sistema e em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token do Hugging Face</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the token cannot be stored safely. It will be kept for this session only; on Linux, install and unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>Não há chaveiro disponível neste computador, então o token não pode ser guardado com segurança. Ele valerá só para esta sessão; no Linux, instale e desbloqueie o GNOME Keyring ou o KWallet para mantê-lo.</translation>
    </message>
    <message>
        <source>%1 is gated. Paste a token from huggingface.co/settings/tokens and press Check: it says whether the token opens %1.</source>
        <translation>%1 tem acesso restrito. Cole um token de huggingface.co/settings/tokens e clique em Verificar: ele diz se o token abre %1.</translation>
    </message>
    <message>
        <source>Token saved.</source>
        <translation>Token salvo.</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Token removido.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Signed in as %1, with access to %2.</source>
        <translation>Conectado como %1, com acesso a %2.</translation>
    </message>
    <message>
        <source>No token: enter one from huggingface.co/settings/tokens.</source>
        <translation>Sem token: informe um de huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <source>The Hub does not accept this token. Create a new one at huggingface.co/settings/tokens.</source>
        <translation>O Hub não aceita este token. Crie um novo em huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <source>Signed in as %1, but without access to %2: request it on the repository&apos;s page.</source>
        <translation>Conectado como %1, mas sem acesso a %2: peça acesso na página do repositório.</translation>
    </message>
</context>
<context>
    <name>ApiServerControl</name>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Not started: port %1 cannot be used (%2).</source>
        <translation>Não iniciado: a porta %1 não pode ser usada (%2).</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Não iniciado: %1</translation>
    </message>
    <message>
        <source>On at %1</source>
        <translation>Ativo em %1</translation>
    </message>
</context>
<context>
    <name>ApiServerPage</name>
    <message>
        <source>Let programs on this computer use the model through the OpenAI API</source>
        <translation>Permitir que programas deste computador usem o modelo pela API da OpenAI</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Somente este computador (127.0.0.1)</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>Todas as redes deste computador (0.0.0.0)</translation>
    </message>
    <message>
        <source>Anyone who can reach this computer over the network and has the key can then use the model.</source>
        <translation>Qualquer pessoa que alcance este computador pela rede e tenha a chave poderá usar o modelo.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nova chave</translation>
    </message>
    <message>
        <source>Programs that have the old key are refused from now on</source>
        <translation>Programas com a chave antiga serão recusados a partir de agora</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this key lasts until LlamaDesk quits. Set LLAMADESK_API_KEY to keep one.</source>
        <translation>Este computador não tem chaveiro, então esta chave vale até o LlamaDesk fechar. Defina LLAMADESK_API_KEY para manter uma.</translation>
    </message>
    <message>
        <source>None: web pages cannot call it</source>
        <translation>Nenhuma: páginas da web não podem chamá-la</translation>
    </message>
    <message>
        <source>Web pages allowed to call the API, such as http://localhost:3000, separated by commas</source>
        <translation>Páginas da web que podem chamar a API, como http://localhost:3000, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Keep API chats in the history (marked as the API&apos;s)</source>
        <translation>Manter os chats da API no histórico (marcados como da API)</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escutar em:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Chave:</translation>
    </message>
    <message>
        <source>Web pages allowed:</source>
        <translation>Páginas da web permitidas:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Requests use the model loaded here, one at a time, after your own messages.</source>
        <translation>As solicitações usam o modelo carregado aqui, uma de cada vez, depois das suas próprias mensagens.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Allow a tool call?</source>
        <translation>Permitir uma chamada de ferramenta?</translation>
    </message>
    <message>
        <source>The model wants to use %1.</source>
        <translation>O modelo quer usar %1.</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>&amp;Permitir uma vez</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>Permitir &amp;sempre esta ferramenta</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Negar</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attach images</source>
        <translation>Anexar imagens</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imagens (%1)</translation>
    </message>
    <message>
        <source>At most %1 images go with one message.</source>
        <translation>No máximo %1 imagens por mensagem.</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Waiting for the model to load, then sending: %1</source>
        <translation>Aguardando o modelo carregar para enviar: %1</translation>
    </message>
    <message>
        <source>Editing your message: Enter sends it as a new version, Esc cancels</source>
        <translation>Editando sua mensagem: Enter envia como nova versão, Esc cancela</translation>
    </message>
    <message>
        <source>Version %1 / %2</source>
        <translation>Versão %1 / %2</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Lendo a imagem…</translation>
    </message>
    <message>
        <source>Reading the images…</source>
        <translation>Lendo as imagens…</translation>
    </message>
    <message>
        <source>Context: %1 of %2 tokens</source>
        <translation>Contexto: %1 de %2 tokens</translation>
    </message>
    <message numerus="yes">
        <source> · %n older message(s) no longer fit</source>
        <translation>
            <numerusform> · %n mensagem antiga não cabe mais</numerusform>
            <numerusform> · %n mensagens antigas não cabem mais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation>Anexar imagens (ou soltá-las ou colá-las aqui)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Anexar imagens</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Imagem colada.png</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Enter for a new line</source>
        <translation>Ctrl+Enter envia · Enter para nova linha</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter for a new line</source>
        <translation>Enter envia · Shift+Enter para nova linha</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Mais recentes</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Ir para a mensagem mais recente</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Ir para o mais recente</translation>
    </message>
    <message>
        <source>Show the latest messages ›</source>
        <translation>Mostrar as mensagens mais recentes ›</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fontes:</translation>
    </message>
    <message>
        <source>%1 % of guesses kept</source>
        <translation>%1 % dos palpites aceitos</translation>
    </message>
    <message>
        <source>Start with one of these, or ask anything</source>
        <translation>Comece com uma destas, ou pergunte o que quiser</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modelo desconhecido</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation>primeiro token após %1 ms</translation>
    </message>
    <message>
        <source>This message no longer fits the context window; the model does not see it when it answers.</source>
        <translation>Esta mensagem não cabe mais na janela de contexto; o modelo não a vê ao responder.</translation>
    </message>
    <message>
        <source>outside the model&apos;s memory</source>
        <translation>fora da memória do modelo</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escrevendo…</translation>
    </message>
    <message>
        <source>%1 (%2 × %3): click to open</source>
        <translation>%1 (%2 × %3): clique para abrir</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>interrupted: cut off before it ended (LlamaDesk closed, or a pool computer stopped answering)</source>
        <translation>interrompida: cortada antes do fim (o LlamaDesk fechou ou um computador do grupo parou de responder)</translation>
    </message>
    <message>
        <source>cut off at the length limit</source>
        <translation>cortada no limite de tamanho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>stopped after the most rounds of tool calls a reply may make (Settings › Tools)</source>
        <translation>parada após o máximo de rodadas de chamadas de ferramentas por resposta (Configurações › Ferramentas)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar de novo</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Próxima versão</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>Document collections</source>
        <translation>Coleções de documentos</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Coleções</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorados</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <source>Indexing runs on this computer only; nothing is uploaded.</source>
        <translation>A indexação acontece só neste computador; nada é enviado.</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progresso da indexação</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nova coleção…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Reindexar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>Pausar a indexação</translation>
    </message>
    <message>
        <source>%1: %2 of %3 files, %4 passages, %5 passages/s</source>
        <translation>%1: %2 de %3 arquivos, %4 trechos, %5 trechos/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>%1 is up to date: %2 file(s) indexed, %3 unchanged, %4 removed, %5 skipped.</source>
        <translation>%1 está em dia: %2 arquivo(s) indexado(s), %3 sem mudança, %4 removido(s), %5 ignorado(s).</translation>
    </message>
    <message>
        <source>Loading the embedding model…</source>
        <translation>Carregando o modelo de embeddings…</translation>
    </message>
    <message>
        <source>Add a folder to %1</source>
        <translation>Adicionar uma pasta a %1</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Remover a coleção</translation>
    </message>
    <message>
        <source>Forget the collection %1? Its files stay where they are.</source>
        <translation>Esquecer a coleção %1? Os arquivos ficam onde estão.</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Retomar a indexação</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message…</source>
        <translation>Mensagem…</translation>
    </message>
</context>
<context>
    <name>ConversationBrowser</name>
    <message>
        <source>Reply version %1 / %2</source>
        <translation>Versão da resposta %1 / %2</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+F)</source>
        <translation>Pesquisar conversas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the thinking too</source>
        <translation>Pesquisar também no raciocínio</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Excluir conversa</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>From a program, through the local API</source>
        <translation>De um programa, pela API local</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Mais antigas</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>“%1” excluída</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <source>in its thinking</source>
        <translation>no raciocínio</translation>
    </message>
</context>
<context>
    <name>CrashBanner</name>
    <message>
        <source>Load with safe settings</source>
        <translation>Carregar com configurações seguras</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar relatório</translation>
    </message>
    <message>
        <source>The full crash report, for a bug report. Nothing is sent anywhere.</source>
        <translation>O relatório completo da falha, para relatar um erro. Nada é enviado a lugar nenhum.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Search GGUF models on Hugging Face (Qwen3, Gemma 3, Llama 3.1…)</source>
        <translation>Buscar modelos GGUF no Hugging Face (Qwen3, Gemma 3, Llama 3.1…)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Mais baixados</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Atualizados recentemente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stop waiting for the Hub</source>
        <translation>Parar de esperar pelo Hub</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>Modelos encontrados</translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation>&amp;Mais resultados</translation>
    </message>
    <message>
        <source>Files to download</source>
        <translation>Arquivos para baixar</translation>
    </message>
    <message>
        <source>Also the vision projector (for images)</source>
        <translation>Também o projetor de visão (para imagens)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>visão</translation>
    </message>
    <message>
        <source>gated</source>
        <translation>de acesso restrito</translation>
    </message>
    <message>
        <source>%1 — %2 downloads · %3</source>
        <translation>%1 — %2 downloads · %3</translation>
    </message>
    <message>
        <source>licence not given</source>
        <translation>licença não informada</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>atualizado em %1</translation>
    </message>
    <message>
        <source>No GGUF models found.</source>
        <translation>Nenhum modelo GGUF encontrado.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>Check your access…</source>
        <translation>Verificar seu acesso…</translation>
    </message>
    <message>
        <source>Add a Hugging Face token…</source>
        <translation>Adicionar um token do Hugging Face…</translation>
    </message>
    <message>
        <source>asks for your acceptance before the download</source>
        <translation>pede sua aceitação antes do download</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não informada</translation>
    </message>
    <message>
        <source>licence: %1</source>
        <translation>licença: %1</translation>
    </message>
    <message>
        <source>its page</source>
        <translation>sua página</translation>
    </message>
    <message>
        <source>gated: your Hugging Face token needs access</source>
        <translation>acesso restrito: seu token do Hugging Face precisa de acesso</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>apertado</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>grande demais</translation>
    </message>
    <message>
        <source>over 100 tokens/s</source>
        <translation>mais de 100 tokens/s</translation>
    </message>
    <message>
        <source>~%1 tokens/s</source>
        <translation>~%1 tokens/s</translation>
    </message>
    <message>
        <source>%1 parts</source>
        <translation>%1 partes</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;Collections…</source>
        <translation>&amp;Coleções…</translation>
    </message>
</context>
<context>
    <name>DocumentsToggle</name>
    <message>
        <source>Documents to answer from</source>
        <translation>Documentos para responder</translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation>Nenhuma coleção ainda</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>Coleções…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documentos: %1</translation>
    </message>
    <message>
        <source>Answer from these document collections too; the reply lists its sources under it.</source>
        <translation>Responder também com estas coleções; a resposta lista suas fontes abaixo.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About LlamaDesk</source>
        <translation>&amp;Sobre o LlamaDesk</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Open a conversation to export it.</source>
        <translation>Abra uma conversa para exportá-la.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página da web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto simples (*.txt)</translation>
    </message>
    <message>
        <source>LlamaDesk JSON (*.json)</source>
        <translation>JSON do LlamaDesk (*.json)</translation>
    </message>
    <message>
        <source>All conversations, one file each (*.zip)</source>
        <translation>Todas as conversas, um arquivo cada (*.zip)</translation>
    </message>
    <message>
        <source>All conversations, lossless (*.json)</source>
        <translation>Todas as conversas, sem perdas (*.json)</translation>
    </message>
    <message>
        <source>LlamaDesk conversations</source>
        <translation>Conversas do LlamaDesk</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversas</translation>
    </message>
    <message>
        <source>LlamaDesk export (*.json)</source>
        <translation>Exportação do LlamaDesk (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n conversa importada.</numerusform>
            <numerusform>%n conversas importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was already here.</source>
        <translation>
            <numerusform>%n já estava aqui.</numerusform>
            <numerusform>%n já estavam aqui.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
</context>
<context>
    <name>IndexingWorker</name>
    <message>
        <source>There is already a collection named %1.</source>
        <translation>Já existe uma coleção chamada %1.</translation>
    </message>
    <message>
        <source>There is no collection named %1.</source>
        <translation>Não existe coleção chamada %1.</translation>
    </message>
    <message>
        <source>The embedding model that built %1, %2, is no longer there. Download it again (Models › Embedding models) to keep this collection up to date; searching it still works, by keyword.</source>
        <translation>O modelo de embeddings que criou %1, %2, não está mais lá. Baixe-o novamente (Modelos › Modelos de embeddings) para manter esta coleção atualizada; a busca ainda funciona, por palavras-chave.</translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <source>Unexpected error while loading the model: %1. Details are in the log file.</source>
        <translation>Erro inesperado ao carregar o modelo: %1. Os detalhes estão no arquivo de log.</translation>
    </message>
    <message>
        <source>Unexpected error while answering: %1. Details are in the log file.</source>
        <translation>Erro inesperado ao responder: %1. Os detalhes estão no arquivo de log.</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>This summary is a help, not the license: the English text below is what you agree to.</source>
        <translation>Este resumo é uma ajuda, não a licença: você concorda com o texto em inglês abaixo.</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>Texto da licença</translation>
    </message>
    <message>
        <source>I have read and accept the %1</source>
        <translation>Li e aceito a %1</translation>
    </message>
    <message>
        <source>Scroll to the end of the text first</source>
        <translation>Role até o fim do texto primeiro</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
</context>
<context>
    <name>LicenseSummary</name>
    <message>
        <source>You may use, copy and change Llama 2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 July 2023 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 2&apos;s output to improve other large language models.</source>
        <translation>Você pode usar, copiar e modificar o Llama 2 de graça, para trabalho pessoal ou comercial. Só uma empresa cujos produtos tinham mais de 700 milhões de usuários ativos mensais em 18 de julho de 2023 precisa de uma licença separada da Meta. Você também concorda com a Política de Uso Aceitável da Meta e não pode usar a saída do Llama 2 para melhorar outros grandes modelos de linguagem.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 April 2024 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 3&apos;s output to improve other large language models.</source>
        <translation>Você pode usar, copiar e modificar o Llama 3 gratuitamente, para uso pessoal ou comercial. Só uma empresa cujos produtos tinham mais de 700 milhões de usuários ativos mensais em 18 de abril de 2024 precisa de uma licença separada da Meta. Você também concorda com a Política de Uso Aceitável da Meta e não pode usar a saída do Llama 3 para melhorar outros grandes modelos de linguagem.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.1 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>Você pode usar, copiar e modificar o Llama 3.1 gratuitamente, para uso pessoal ou comercial. Só uma empresa cujos produtos tinham mais de 700 milhões de usuários ativos mensais na data de lançamento precisa de uma licença separada da Meta. Se você compartilhar o modelo ou um modelo criado a partir dele, deve indicar “Built with Llama” e começar o nome desse modelo com “Llama”. Você também concorda com a Política de Uso Aceitável da Meta.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy. The rights to its multimodal (vision) models are not granted to people living, or companies based, in the European Union.</source>
        <translation>Você pode usar, copiar e modificar o Llama 3.2 gratuitamente, para uso pessoal ou comercial. Só uma empresa cujos produtos tinham mais de 700 milhões de usuários ativos mensais na data de lançamento precisa de uma licença separada da Meta. Se você compartilhar o modelo ou um modelo criado a partir dele, deve indicar “Built with Llama” e começar o nome desse modelo com “Llama”. Você também concorda com a Política de Uso Aceitável da Meta. Os direitos sobre seus modelos multimodais (visão) não são concedidos a pessoas residentes nem a empresas sediadas na União Europeia.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>Você pode usar, copiar e modificar o Llama 3.3 gratuitamente, para uso pessoal ou comercial. Só uma empresa cujos produtos tinham mais de 700 milhões de usuários ativos mensais na data de lançamento precisa de uma licença separada da Meta. Se você compartilhar o modelo ou um modelo criado a partir dele, deve indicar “Built with Llama” e começar o nome desse modelo com “Llama”. Você também concorda com a Política de Uso Aceitável da Meta.</translation>
    </message>
    <message>
        <source>You may use, copy and change Gemma for free, for personal or commercial work. You agree to Google&apos;s Gemma Prohibited Use Policy. If you share Gemma or a model built from it, you must pass on these terms and their use restrictions.</source>
        <translation>Você pode usar, copiar e modificar o Gemma gratuitamente, para uso pessoal ou comercial. Você concorda com a Política de Uso Proibido do Gemma, do Google. Se você compartilhar o Gemma ou um modelo criado a partir dele, deve repassar estes termos e suas restrições de uso.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The model could not be imported</source>
        <translation>Não foi possível importar o modelo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Parar a resposta (Esc)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Digite uma mensagem. Enter envia, Shift+Enter começa uma nova linha.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar a mensagem</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>The messages of this chat</source>
        <translation>As mensagens deste chat</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>Estado do modelo</translation>
    </message>
    <message>
        <source>What the model is doing</source>
        <translation>O que o modelo está fazendo</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Your conversations, newest first</source>
        <translation>Suas conversas, as mais recentes primeiro</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search every conversation (Ctrl+F)</source>
        <translation>Pesquisar em todas as conversas (Ctrl+F)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Começar uma nova conversa (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Opening your conversations…</source>
        <translation>Abrindo suas conversas…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Não foi possível carregar o modelo</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>A resposta falhou</translation>
    </message>
    <message>
        <source>No model is loaded. Use File › Open model… to choose a GGUF file.</source>
        <translation>Nenhum modelo carregado. Use Arquivo › Abrir modelo… para escolher um arquivo GGUF.</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <source>Template: automatic</source>
        <translation>Formato: automático</translation>
    </message>
    <message>
        <source>Llama 2</source>
        <translation>Llama 2</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>a do modelo</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto simples</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>How messages are put to this model. Automatic reads it from the model file; the choice is kept for this model.</source>
        <translation>Como as mensagens são passadas a este modelo. Automático lê do arquivo do modelo; a escolha fica guardada para este modelo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading the model (Esc)</source>
        <translation>Parar de carregar o modelo (Esc)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Answering a program through the local API; your next message waits its turn</source>
        <translation>Respondendo a um programa pela API local; sua próxima mensagem aguarda a vez</translation>
    </message>
    <message>
        <source>Context: no model</source>
        <translation>Contexto: sem modelo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Choose the model to chat with</source>
        <translation>Escolher o modelo para conversar</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Formato do prompt</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Carregamento</translation>
    </message>
    <message>
        <source>How far the model has loaded</source>
        <translation>Quanto do modelo já foi carregado</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Where the model runs: CPU or GPU</source>
        <translation>Onde o modelo roda: CPU ou GPU</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Tokens used of the context window</source>
        <translation>Tokens usados da janela de contexto</translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation>Nenhum modelo instalado</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>Abrir um arquivo GGUF…</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gerenciar modelos…</translation>
    </message>
    <message>
        <source>Loading %1… %p%</source>
        <translation>Carregando %1… %p%</translation>
    </message>
    <message>
        <source>Template: automatic (%1)</source>
        <translation>Modelo: automático (%1)</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Nenhum modelo carregado</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>all layers</source>
        <translation>todas as camadas</translation>
    </message>
    <message>
        <source>%1 of %2 layers</source>
        <translation>%1 de %2 camadas</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 camadas</translation>
    </message>
    <message>
        <source>Cannot read images: %1</source>
        <translation>Não consegue ler imagens: %1</translation>
    </message>
    <message>
        <source>Reads images (projector %1)</source>
        <translation>Lê imagens (projetor %1)</translation>
    </message>
    <message>
        <source>sees images</source>
        <translation>vê imagens</translation>
    </message>
    <message>
        <source>Prompt template: %1</source>
        <translation>Formato do prompt: %1</translation>
    </message>
    <message>
        <source>Settings › App › Context size sets a larger one, if memory allows.</source>
        <translation>Configurações › Aplicativo › Tamanho do contexto define um maior, se a memória permitir.</translation>
    </message>
    <message>
        <source>Settings › App › GPU layers turns it back on.</source>
        <translation>Configurações › Aplicativo › Camadas na GPU o reativa.</translation>
    </message>
    <message>
        <source>Its replies are capped and repetition is penalised: Settings › New chats › Models without a chat template.</source>
        <translation>Suas respostas têm limite e a repetição é penalizada: Configurações › Novos chats › Modelos sem modelo de chat.</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 tokens</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <source>Open model</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 está instalado.</translation>
    </message>
    <message>
        <source>Draft model</source>
        <translation>Modelo de rascunho</translation>
    </message>
    <message>
        <source>A pool computer cannot be used</source>
        <translation>Um computador do grupo não pode ser usado</translation>
    </message>
    <message>
        <source>%1 fits on this computer alone (more slowly). Load it here?</source>
        <translation>%1 cabe só neste computador (mais devagar). Carregar aqui?</translation>
    </message>
    <message>
        <source>Load here</source>
        <translation>Carregar aqui</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>%1 does not fit on this computer alone. Start the pool on that computer again, then load the model.</source>
        <translation>%1 não cabe só neste computador. Inicie o grupo naquele computador de novo e depois carregue o modelo.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <source>Hugging Face account</source>
        <translation>Conta do Hugging Face</translation>
    </message>
    <message>
        <source>Embedding models</source>
        <translation>Modelos de embeddings</translation>
    </message>
    <message>
        <source>Llama 2 chat models in every size and quantization. This computer has %1 of memory; the recommended model fits it comfortably.</source>
        <translation>Modelos de chat Llama 2 em todos os tamanhos e quantizações. Este computador tem %1 de memória; o modelo recomendado cabe com folga.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantização</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Memória necessária</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Cabe?</translation>
    </message>
    <message>
        <source>Speed here</source>
        <translation>Velocidade aqui</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Cabe</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Apertado</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Grande demais</translation>
    </message>
    <message>
        <source>★ Recommended</source>
        <translation>★ Recomendado</translation>
    </message>
    <message>
        <source>~%1 tokens/s</source>
        <translation>~%1 tokens/s</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Baixar…</translation>
    </message>
    <message>
        <source>Embedding models turn your documents into searchable vectors for Documents › Collections…. Their licenses ask for no acceptance.</source>
        <translation>Modelos de embeddings tornam seus documentos pesquisáveis em Documentos › Coleções…. Suas licenças não pedem aceitação.</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendados</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descobrir</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Bom para</translation>
    </message>
    <message>
        <source>Llama 2 first, then current models for people who would rather not search: each with its licence, how it fits this computer and the speed to expect. Llama and Gemma ask you to accept their licence first.</source>
        <translation>Primeiro o Llama 2, depois modelos atuais para quem prefere não pesquisar: cada um com sua licença, como cabe neste computador e a velocidade esperada. Llama e Gemma pedem que você aceite a licença primeiro.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Grande demais para este computador</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory, more than this computer has. Download it anyway?</source>
        <translation>%1 precisa de cerca de %2 de memória, mais do que este computador tem. Baixar mesmo assim?</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar download</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after LlamaDesk restarts; every byte is checked against the Hub&apos;s SHA-256.</source>
        <translation>Os downloads continuam de onde pararam, mesmo depois de reiniciar o LlamaDesk; cada byte é conferido com o SHA-256 do Hub.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carregar</translation>
    </message>
    <message>
        <source>Faster replies…</source>
        <translation>Respostas mais rápidas…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>Importar um GGUF…</translation>
    </message>
    <message>
        <source>Drop .gguf files here to import them.</source>
        <translation>Solte arquivos .gguf aqui para importá-los.</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Baixado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Used in place</source>
        <translation>Usado no local</translation>
    </message>
    <message>
        <source>Opened from %1</source>
        <translation>Aberto de %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Remove %1 from the list? The file stays where it is.</source>
        <translation>Remover %1 da lista? O arquivo fica onde está.</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Conversations made with it stay.</source>
        <translation>Excluir %1 (%2)? As conversas feitas com ele continuam.</translation>
    </message>
    <message>
        <source>%1 is intact.</source>
        <translation>%1 está íntegro.</translation>
    </message>
    <message>
        <source>%1 does not match its checksum: delete it and download it again.</source>
        <translation>%1 não confere com sua soma de verificação: exclua-o e baixe de novo.</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importar um modelo GGUF</translation>
    </message>
    <message>
        <source>Checking %1… %p%</source>
        <translation>Verificando %1… %p%</translation>
    </message>
    <message>
        <source>The model could not be imported</source>
        <translation>Não foi possível importar o modelo</translation>
    </message>
</context>
<context>
    <name>NewCollectionDialog</name>
    <message>
        <source>New collection</source>
        <translation>Nova coleção</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Nome da coleção</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <source>Another GGUF file…</source>
        <translation>Outro arquivo GGUF…</translation>
    </message>
    <message>
        <source>Download one…</source>
        <translation>Baixar um…</translation>
    </message>
    <message>
        <source>Choose an embedding model</source>
        <translation>Escolha um modelo de embeddings</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>Modelo de embeddings:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>An embedding model turns passages into vectors, so that a question finds them by meaning.</source>
        <translation>Um modelo de embeddings transforma trechos em vetores, para que uma pergunta os encontre pelo significado.</translation>
    </message>
    <message>
        <source>No embedding model is installed yet: download one, or choose a GGUF file.</source>
        <translation>Ainda não há modelo de embeddings instalado: baixe um ou escolha um arquivo GGUF.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>%1 is a chat model: it writes replies, it does not turn text into vectors for search. Choose an embedding model (Models › Embedding models has some).</source>
        <translation>%1 é um modelo de chat: ele escreve respostas, não transforma texto em vetores para busca. Escolha um modelo de embeddings (Modelos › Modelos de embeddings tem alguns).</translation>
    </message>
    <message>
        <source>%1 does not say it is an embedding model (its file names no pooling). It may find passages poorly.</source>
        <translation>%1 não diz ser um modelo de embeddings (o arquivo não indica pooling). Ele pode encontrar mal os trechos.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Adicionar uma pasta</translation>
    </message>
    <message>
        <source>Give the collection a name and an existing folder.</source>
        <translation>Dê à coleção um nome e uma pasta existente.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste tool servers</source>
        <translation>Colar servidores de ferramentas</translation>
    </message>
    <message>
        <source>Paste the “mcpServers” block from another app&apos;s configuration:</source>
        <translation>Cole o bloco “mcpServers” da configuração de outro aplicativo:</translation>
    </message>
</context>
<context>
    <name>PoolLending</name>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1 GB of memory</source>
        <translation>%1 GB de memória</translation>
    </message>
    <message>
        <source>its free memory</source>
        <translation>sua memória livre</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ninguém ainda</translation>
    </message>
    <message>
        <source>Lending this computer (%1) on port %2. Connected: %3.</source>
        <translation>Emprestando este computador (%1) na porta %2. Conectados: %3.</translation>
    </message>
    <message>
        <source>it stopped unexpectedly</source>
        <translation>parou inesperadamente</translation>
    </message>
    <message>
        <source>Not lending: %1</source>
        <translation>Sem empréstimo: %1</translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>Esta versão do motor do LlamaDesk não tem backend RPC, então não pode agrupar computadores.</translation>
    </message>
    <message>
        <source>Lend this computer</source>
        <translation>Emprestar este computador</translation>
    </message>
    <message>
        <source>Let computers paired with this one run part of their models here</source>
        <translation>Deixar os computadores pareados executarem aqui parte dos seus modelos</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>Todas as redes deste computador (0.0.0.0)</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Somente este computador (127.0.0.1)</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>All that is free</source>
        <translation>Toda a livre</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de pareamento</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Novo código</translation>
    </message>
    <message>
        <source>Computers paired with the old code must be paired again</source>
        <translation>Computadores pareados com o código antigo precisam ser pareados de novo</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this code lasts until LlamaDesk quits.</source>
        <translation>Este computador não tem chaveiro, então este código vale até o LlamaDesk fechar.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escutar em:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Memory lent:</source>
        <translation>Memória emprestada:</translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation>Código de pareamento:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Use other computers</source>
        <translation>Usar outros computadores</translation>
    </message>
    <message>
        <source>Spread models over these computers when loading</source>
        <translation>Distribuir os modelos entre estes computadores ao carregar</translation>
    </message>
    <message>
        <source>Pool computers</source>
        <translation>Computadores do grupo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Address of the computer to add</source>
        <translation>Endereço do computador a adicionar</translation>
    </message>
    <message>
        <source>Its pairing code</source>
        <translation>O código de pareamento dele</translation>
    </message>
    <message>
        <source>Pairing code of the computer to add</source>
        <translation>Código de pareamento do computador a adicionar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Adicionar:</translation>
    </message>
    <message>
        <source>On the other computer, turn on Lend this computer (or run `llamadesk pool serve`), then enter its address and the code it shows. Loading a model pairs with each computer.</source>
        <translation>No outro computador, ative “Emprestar este computador” (ou execute `llamadesk pool serve`) e digite aqui o endereço dele e o código que ele mostra. Ao carregar um modelo, o pareamento é feito com cada computador.</translation>
    </message>
</context>
<context>
    <name>ProjectorQuestion</name>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>%1 looks like a vision model, but its projector is not beside it, so it cannot read images. Choose the projector now?</source>
        <translation>%1 parece um modelo de visão, mas o projetor não está ao lado dele, então ele não consegue ler imagens. Escolher o projetor agora?</translation>
    </message>
    <message>
        <source>The projector is an mmproj….gguf file from the same repository as the model. Not now: LlamaDesk will not ask again; a projector put beside the model later is found by itself.</source>
        <translation>O projetor é um arquivo mmproj….gguf do mesmo repositório do modelo. Agora não: o LlamaDesk não perguntará de novo; um projetor colocado depois ao lado do modelo é encontrado sozinho.</translation>
    </message>
    <message>
        <source>Choose the projector…</source>
        <translation>Escolher o projetor…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Choose the projector</source>
        <translation>Escolher o projetor</translation>
    </message>
    <message>
        <source>Projectors (mmproj*.gguf *.gguf)</source>
        <translation>Projetores (mmproj*.gguf *.gguf)</translation>
    </message>
</context>
<context>
    <name>SamplingEditor</name>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation>Por exemplo: Responda de forma breve, em português simples.</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Preciso</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Criativo</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>Prompt do sistema:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Predefinição:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <source>Top-k (0: off):</source>
        <translation>Top-k (0: desligado):</translation>
    </message>
    <message>
        <source>Min-p:</source>
        <translation>Min-p:</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>Penalidade de repetição:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
    <message>
        <source>Sampling preset</source>
        <translation>Predefinição de amostragem</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a tool server</source>
        <translation>Adicionar um servidor de ferramentas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Comando:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Tempo limite:</translation>
    </message>
    <message>
        <source>Each environment line is NAME=VALUE.</source>
        <translation>Cada linha do ambiente é NOME=VALOR.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Esta conversa</translation>
    </message>
    <message>
        <source>New chats</source>
        <translation>Novos chats</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>Servidor da API</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Models without a chat template</source>
        <translation>Modelos sem modelo de chat</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Longest reply:</source>
        <translation>Resposta mais longa:</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>Penalidade de repetição:</translation>
    </message>
    <message>
        <source>A base model continues text as written and may repeat itself without end. A conversation&apos;s own repeat penalty, when not 1.00, is kept.</source>
        <translation>Um modelo base continua o texto como está e pode se repetir sem fim. A penalidade de repetição própria de uma conversa, quando não é 1,00, é mantida.</translation>
    </message>
    <message>
        <source>Keep attached images as they came (otherwise at the size the model reads, which takes less space)</source>
        <translation>Manter as imagens anexadas como vieram (senão no tamanho que o modelo lê, que ocupa menos espaço)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Tamanho do sistema</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter for a new line</source>
        <translation>Enter envia, Shift+Enter para nova linha</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter for a new line</source>
        <translation>Ctrl+Enter envia, Enter para nova linha</translation>
    </message>
    <message>
        <source>Automatic: as many layers as fit on the GPU</source>
        <translation>Automático: tantas camadas quantas couberem na GPU</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Todas as camadas</translation>
    </message>
    <message>
        <source>With several GPUs: which one holds the model (0 is the first; `llamadesk info` lists them).</source>
        <translation>Com várias GPUs: qual recebe o modelo (0 é a primeira; `llamadesk info` lista todas).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Automatic: every core reads the prompt, and all but one write the reply, so the window stays smooth while it streams.</source>
        <translation>Automático: todos os núcleos leem o prompt e todos menos um escrevem a resposta, para que a janela continue fluida durante o streaming.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Tamanho da fonte:</translation>
    </message>
    <message>
        <source>Send with:</source>
        <translation>Enviar com:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>GPU layers:</source>
        <translation>Camadas na GPU:</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>GPU: this build of LlamaDesk runs on the CPU only (it has no GPU support).</source>
        <translation>GPU: esta versão do LlamaDesk roda só na CPU (não tem suporte a GPU).</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <source>Context size:</source>
        <translation>Tamanho do contexto:</translation>
    </message>
    <message>
        <source>Threads and context size apply when a model is next loaded. A new language applies after a restart.</source>
        <translation>Threads e tamanho do contexto valem quando um modelo for carregado de novo. Um novo idioma vale após reiniciar.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Não foi possível salvar as configurações: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar a mensagem</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Nova linha na mensagem</translation>
    </message>
    <message>
        <source>Stop the reply; clear the search</source>
        <translation>Parar a resposta; limpar a busca</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Delete the chosen conversation</source>
        <translation>Excluir a conversa escolhida</translation>
    </message>
    <message>
        <source>Delete (in the list)</source>
        <translation>Delete (na lista)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SpeculationDialog</name>
    <message>
        <source>Faster replies: %1</source>
        <translation>Respostas mais rápidas: %1</translation>
    </message>
    <message>
        <source>LlamaDesk can guess the next few words and have the model check them all at once. The reply is the one the model writes without guessing; it comes sooner where text repeats: rewriting, fixing code, summarising, quoting documents. Automatic guesses only while it pays on this computer.</source>
        <translation>O LlamaDesk pode adivinhar as próximas palavras e fazer o modelo verificar todas de uma vez. A resposta é a mesma que o modelo escreve sem adivinhar; ela chega mais cedo onde o texto se repete: reescrever, corrigir código, resumir, citar documentos. &quot;Automático&quot; só adivinha enquanto compensa neste computador.</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automático (recomendado)</translation>
    </message>
    <message>
        <source>Guess from the conversation, always</source>
        <translation>Sempre adivinhar a partir da conversa</translation>
    </message>
    <message>
        <source>Guess with a draft model</source>
        <translation>Adivinhar com um modelo de rascunho</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>A small model of the same family (the same vocabulary), such as a 0.5B or 1B model of the same series</source>
        <translation>Um modelo pequeno da mesma família (o mesmo vocabulário), como um modelo de 0,5B ou 1B da mesma série</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Escolher um arquivo…</translation>
    </message>
    <message>
        <source>No draft chosen</source>
        <translation>Nenhum rascunho escolhido</translation>
    </message>
    <message>
        <source>The most tokens guessed at once</source>
        <translation>Máximo de tokens adivinhados de uma vez</translation>
    </message>
    <message>
        <source>Guessing:</source>
        <translation>Adivinhar:</translation>
    </message>
    <message>
        <source>Draft model:</source>
        <translation>Modelo de rascunho:</translation>
    </message>
    <message>
        <source>Tokens at once:</source>
        <translation>Tokens de uma vez:</translation>
    </message>
    <message>
        <source>Choose a draft model</source>
        <translation>Escolher um modelo de rascunho</translation>
    </message>
    <message>
        <source>Choose the draft model, or another way of guessing.</source>
        <translation>Escolha o modelo de rascunho ou outra forma de adivinhar.</translation>
    </message>
</context>
<context>
    <name>Strengths</name>
    <message>
        <source>chat</source>
        <translation>conversa</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>many languages</source>
        <translation>muitos idiomas</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>raciocínio</translation>
    </message>
    <message>
        <source>small and fast</source>
        <translation>pequeno e rápido</translation>
    </message>
    <message>
        <source>thinks first</source>
        <translation>pensa antes</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>ferramentas</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imagens</translation>
    </message>
</context>
<context>
    <name>ThinkToggle</name>
    <message>
        <source>Thinking</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>How much this model thinks before it answers, in this conversation</source>
        <translation>Quanto este modelo pensa antes de responder, nesta conversa</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ligado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Médio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Think: %1</source>
        <translation>Pensar: %1</translation>
    </message>
</context>
<context>
    <name>Thinking</name>
    <message>
        <source>Thought for %1</source>
        <translation>Pensou por %1</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Pensou</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrompido)</translation>
    </message>
    <message>
        <source>Show or hide how the model thought</source>
        <translation>Mostrar ou ocultar como o modelo pensou</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
</context>
<context>
    <name>ToolBlocks</name>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>não permitido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>Show or hide what was sent and what came back</source>
        <translation>Mostrar ou ocultar o que foi enviado e o que voltou</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <source>Came back:</source>
        <translation>Retorno:</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tool servers</source>
        <translation>Servidores de ferramentas</translation>
    </message>
    <message>
        <source>The server&apos;s state and the end of its log</source>
        <translation>O estado do servidor e o final do seu registro</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Paste JSON…</source>
        <translation>&amp;Colar JSON…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Re&amp;iniciar</translation>
    </message>
    <message>
        <source>Most rounds of tool calls in one reply</source>
        <translation>Máximo de rodadas de chamadas de ferramentas em uma resposta</translation>
    </message>
    <message>
        <source>Programs on this computer that give the model tools (MCP servers). A conversation uses them when its Tools switch is on, and you are asked before each call.</source>
        <translation>Programas neste computador que dão ferramentas ao modelo (servidores MCP). Uma conversa os usa quando o botão Ferramentas está ligado, e você é consultado antes de cada chamada.</translation>
    </message>
    <message>
        <source>Most rounds of calls in one reply:</source>
        <translation>Máximo de rodadas de chamadas por resposta:</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>não iniciado</translation>
    </message>
</context>
<context>
    <name>ToolsToggle</name>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>Let the model call your tool servers in this conversation (you are asked before each call)</source>
        <translation>Deixar o modelo chamar seus servidores de ferramentas nesta conversa (você é consultado antes de cada chamada)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LlamaDesk</source>
        <translation>Boas-vindas ao LlamaDesk</translation>
    </message>
    <message>
        <source>Chat with Llama 2 on this computer. After one download, nothing you write leaves it.</source>
        <translation>Converse com o Llama 2 neste computador. Depois de um único download, nada do que você escreve sai dele.</translation>
    </message>
    <message>
        <source>Read the license and download</source>
        <translation>Ler a licença e baixar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer:&lt;/b&gt; %1 (%2), a %3 download that needs about %4 of memory.</source>
        <translation>&lt;b&gt;Recomendado para este computador:&lt;/b&gt; %1 (%2), um download de %3 que precisa de cerca de %4 de memória.</translation>
    </message>
    <message>
        <source>Expected speed here: about %1 tokens a second; bigger models would be slower.</source>
        <translation>Velocidade esperada aqui: cerca de %1 tokens por segundo; modelos maiores seriam mais lentos.</translation>
    </message>
    <message>
        <source>No Llama 2 model fits this computer&apos;s memory comfortably. You can still choose one, or import a smaller GGUF model.</source>
        <translation>Nenhum modelo Llama 2 cabe com folga na memória deste computador. Você ainda pode escolher um ou importar um modelo GGUF menor.</translation>
    </message>
    <message>
        <source>Other models…</source>
        <translation>Outros modelos…</translation>
    </message>
    <message>
        <source>Llama 3.x, Qwen3, Gemma 3 and more, or search the Hugging Face Hub</source>
        <translation>Llama 3.x, Qwen3, Gemma 3 e mais, ou pesquisar no Hub do Hugging Face</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>Importar um GGUF…</translation>
    </message>
    <message>
        <source>Use the selected model</source>
        <translation>Usar o modelo selecionado</translation>
    </message>
    <message>
        <source>Models already on this computer (Hugging Face cache, LM Studio):</source>
        <translation>Modelos que já estão neste computador (cache do Hugging Face, LM Studio):</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importar um modelo GGUF</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3, %4, %5 left</source>
        <translation>Baixando %1: %2 de %3, %4, faltam %5</translation>
    </message>
    <message>
        <source>Downloaded and checked. Loading…</source>
        <translation>Baixado e verificado. Carregando…</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>O download falhou.</translation>
    </message>
    <message>
        <source>Paused. Resume it from Models › Downloads.</source>
        <translation>Pausado. Retome em Modelos › Downloads.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Novo chat</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exportar conversa…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>Exportar &amp;todas as conversas…</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importar conversas…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>&amp;Editar a última mensagem</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>&amp;Regenerar resposta</translation>
    </message>
    <message>
        <source>&amp;Continue reply</source>
        <translation>&amp;Continuar resposta</translation>
    </message>
    <message>
        <source>&amp;Previous version of the reply</source>
        <translation>Versão &amp;anterior da resposta</translation>
    </message>
    <message>
        <source>&amp;Next version of the reply</source>
        <translation>&amp;Próxima versão da resposta</translation>
    </message>
</context>
<context>
    <name>_Start</name>
    <message>
        <source>LlamaDesk could not start: %1. Details are in the log file.</source>
        <translation>O LlamaDesk não pôde iniciar: %1. Os detalhes estão no arquivo de log.</translation>
    </message>
</context>
<context>
    <name>_Thumb</name>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4)</source>
        <translation>%1 (%2 × %3, %4)</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>Imagem anexada %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>LlamaDesk</source>
        <translation>LlamaDesk</translation>
    </message>
    <message>
        <source>LlamaDesk hit a bug</source>
        <translation>O LlamaDesk encontrou um erro</translation>
    </message>
    <message>
        <source>Something went wrong inside LlamaDesk. Your conversations are saved. The details below are also in the log file; please include them in a bug report.</source>
        <translation>Algo deu errado dentro do LlamaDesk. Suas conversas estão salvas. Os detalhes abaixo também estão no arquivo de log; inclua-os no relatório de erro.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The history file is damaged (SQLite finds it malformed). LlamaDesk has not changed it. Move history.sqlite3 out of the data folder to start afresh, or put back a backup from the same folder (history.sqlite3.before-….bak).</source>
        <translation>O arquivo do histórico está danificado (o SQLite o considera malformado). O LlamaDesk não o alterou. Tire history.sqlite3 da pasta de dados para começar de novo, ou coloque de volta um backup da mesma pasta (history.sqlite3.before-….bak).</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (it holds %2), so LlamaDesk left it as it is. Move it out of the data folder, or choose another data folder.</source>
        <translation>%1 é o banco de dados de outro programa (ele contém %2), então o LlamaDesk o deixou como estava. Tire-o da pasta de dados ou escolha outra pasta de dados.</translation>
    </message>
    <message>
        <source>This history was written by a newer LlamaDesk (history format %1; this version reads up to %2). Nothing was changed: update LlamaDesk to open it.</source>
        <translation>Este histórico foi gravado por uma versão mais nova do LlamaDesk (formato %1; esta versão lê até %2). Nada foi alterado: atualize o LlamaDesk para abri-lo.</translation>
    </message>
    <message>
        <source>%1 is damaged: its setting %2 is %3, which no model can have. Download the model again, or ask whoever made the file.</source>
        <translation>%1 está danificado: a configuração %2 é %3, o que nenhum modelo pode ter. Baixe o modelo novamente ou fale com quem criou o arquivo.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for a system prompt, so the system prompt is put at the start of the first message.</source>
        <translation>O modelo de chat deste modelo não tem lugar para um prompt de sistema, então o prompt de sistema é colocado no início da primeira mensagem.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), so LlamaDesk uses llama.cpp&apos;s built-in “%2” format, which it matches.</source>
        <translation>Não foi possível usar o modelo de chat deste modelo (%1), então o LlamaDesk usa o formato integrado “%2” do llama.cpp, que corresponde a ele.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), and it matches none of llama.cpp&apos;s built-in formats, so the conversation is sent as plain text. Replies may be poorer.</source>
        <translation>Não foi possível usar o modelo de chat deste modelo (%1) e ele não corresponde a nenhum formato integrado do llama.cpp, então a conversa é enviada como texto simples. As respostas podem ser piores.</translation>
    </message>
    <message>
        <source>%1 cannot read images: %2</source>
        <translation>%1 não consegue ler imagens: %2</translation>
    </message>
    <message>
        <source>Only a reply can be regenerated.</source>
        <translation>Só uma resposta pode ser regenerada.</translation>
    </message>
    <message>
        <source>This reply has no message to answer.</source>
        <translation>Esta resposta não tem mensagem a responder.</translation>
    </message>
    <message>
        <source>This message and its images do not fit the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Send fewer images, shorten the message, or raise the context size.</source>
        <translation>Esta mensagem e suas imagens não cabem na janela de contexto do modelo: o prompt precisa de %1 tokens e a janela comporta %2, com %3 reservados para a resposta. Envie menos imagens, encurte a mensagem ou aumente o tamanho do contexto.</translation>
    </message>
    <message>
        <source>This message is too long for the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Shorten the message or the system prompt, or raise the context size.</source>
        <translation>Esta mensagem é longa demais para a janela de contexto do modelo: o prompt precisa de %1 tokens e a janela comporta %2, com %3 reservados para a resposta. Encurte a mensagem ou o prompt do sistema, ou aumente o tamanho do contexto.</translation>
    </message>
    <message>
        <source>The model file does not exist: %1</source>
        <translation>O arquivo do modelo não existe: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a model file.</source>
        <translation>%1 é uma pasta, não um arquivo de modelo.</translation>
    </message>
    <message>
        <source>The model file could not be read: %1.</source>
        <translation>Não foi possível ler o arquivo do modelo: %1.</translation>
    </message>
    <message>
        <source>%1 is not a GGUF model file. LlamaDesk runs .gguf models, such as those in TheBloke/Llama-2-7B-Chat-GGUF.</source>
        <translation>%1 não é um arquivo de modelo GGUF. O LlamaDesk roda modelos .gguf, como os de TheBloke/Llama-2-7B-Chat-GGUF.</translation>
    </message>
    <message>
        <source>%1 uses GGUF version %2, which this LlamaDesk cannot read (it reads versions %3).</source>
        <translation>%1 usa a versão %2 do GGUF, que este LlamaDesk não consegue ler (ele lê as versões %3).</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. It should hold at least %2 bytes but has %3. The download was probably cut off: download it again.</source>
        <translation>%1 está incompleto ou danificado. Deveria ter pelo menos %2 bytes, mas tem %3. O download provavelmente foi interrompido: baixe de novo.</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. The download was probably cut off: download it again.</source>
        <translation>%1 está incompleto ou danificado. O download provavelmente foi interrompido: baixe de novo.</translation>
    </message>
    <message>
        <source>llama.cpp could not load %1 (architecture &apos;%2&apos;). The architecture may be unsupported by this version of LlamaDesk, or the file may be damaged.</source>
        <translation>O llama.cpp não conseguiu carregar %1 (arquitetura “%2”). A arquitetura pode não ter suporte nesta versão do LlamaDesk, ou o arquivo pode estar danificado.</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory on this computer even with the pool&apos;s help, but only %3 is free. Add a worker, or close other programs.</source>
        <translation>%1 precisa de cerca de %2 de memória neste computador mesmo com a ajuda do grupo, mas só há %3 livres. Adicione um computador ou feche outros programas.</translation>
    </message>
    <message>
        <source>Pooled: %1 of %2 layers run on %3.</source>
        <translation>Em grupo: %1 de %2 camadas rodam em %3.</translation>
    </message>
    <message>
        <source>Context: %1 tokens, LlamaDesk&apos;s default (the model takes up to %2).</source>
        <translation>Contexto: %1 tokens, o padrão do LlamaDesk (o modelo aceita até %2).</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory (at a context of %3 tokens), but only %4 is free. Close other programs, or choose a smaller model or quantization.</source>
        <translation>%1 precisa de cerca de %2 de memória (com um contexto de %3 tokens), mas só há %4 livres. Feche outros programas ou escolha um modelo ou uma quantização menor.</translation>
    </message>
    <message>
        <source>Running on the CPU: this build of llama.cpp has no GPU support.</source>
        <translation>Rodando na CPU: esta compilação do llama.cpp não tem suporte a GPU.</translation>
    </message>
    <message>
        <source>Running on the CPU: no %1 GPU was found.</source>
        <translation>Rodando na CPU: nenhuma GPU %1 foi encontrada.</translation>
    </message>
    <message>
        <source>Running on the CPU: GPU offload is turned off.</source>
        <translation>Rodando na CPU: o descarregamento na GPU está desligado.</translation>
    </message>
    <message>
        <source>Running on the CPU: the model does not fit in the free memory of %1 (%2 free).</source>
        <translation>Rodando na CPU: o modelo não cabe na memória livre de %1 (%2 livres).</translation>
    </message>
    <message>
        <source>%1 of %2 layers fit on %3; the rest run on the CPU, which is slower.</source>
        <translation>%1 de %2 camadas cabem em %3; o resto roda na CPU, mais devagar.</translation>
    </message>
    <message>
        <source>The context window was lowered from %1 to %2 tokens because memory is short.</source>
        <translation>A janela de contexto foi reduzida de %1 para %2 tokens por falta de memória.</translation>
    </message>
    <message>
        <source>Loading onto %1 failed, so the model runs on the CPU instead, which is slower.</source>
        <translation>O carregamento em %1 falhou, então o modelo roda na CPU, mais devagar.</translation>
    </message>
    <message>
        <source>Not a chat model: text is continued as written.</source>
        <translation>Não é um modelo de chat: o texto é continuado como está escrito.</translation>
    </message>
    <message>
        <source>The model failed while answering: %1</source>
        <translation>O modelo falhou ao responder: %1</translation>
    </message>
    <message>
        <source>Replies are sped up by prompt lookup instead.</source>
        <translation>Em vez disso, as respostas são aceleradas adivinhando a partir da conversa.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, so the reply stops here; it is kept, marked interrupted. Load the model again to go on.</source>
        <translation>O computador %1 parou de responder, então a resposta para aqui; ela fica guardada, marcada como interrompida. Carregue o modelo de novo para continuar.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering while the model loaded.</source>
        <translation>O computador %1 parou de responder enquanto o modelo carregava.</translation>
    </message>
    <message>
        <source>no projector was loaded with it.</source>
        <translation>nenhum projetor foi carregado com ele.</translation>
    </message>
    <message>
        <source>it is not a vision model, or its projector file (mmproj….gguf) is not beside it.</source>
        <translation>não é um modelo de visão, ou o arquivo do projetor (mmproj….gguf) não está ao lado dele.</translation>
    </message>
    <message>
        <source>this build of the engine has no image support (libmtmd).</source>
        <translation>esta compilação do motor não tem suporte a imagens (libmtmd).</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub.</source>
        <translation>O nome de arquivo %1 vindo do Hub foi recusado.</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub: it points outside the models folder.</source>
        <translation>O nome de arquivo %1 vindo do Hub foi recusado: ele aponta para fora da pasta de modelos.</translation>
    </message>
    <message>
        <source>Not enough free disk space for %1: it needs %2 more, and only %3 is free in %4.</source>
        <translation>Não há espaço livre suficiente para %1: são necessários mais %2, e só há %3 livres em %4.</translation>
    </message>
    <message>
        <source>The download of %1 kept failing (%2). What arrived is kept: try again to resume.</source>
        <translation>O download de %1 falhou repetidamente (%2). O que chegou foi mantido: tente de novo para continuar.</translation>
    </message>
    <message>
        <source>The Hub refused the download (%1): check your token and that your account has access to this model.</source>
        <translation>O Hub recusou o download (%1): confira seu token e se sua conta tem acesso a este modelo.</translation>
    </message>
    <message>
        <source>The file is no longer on the Hub.</source>
        <translation>O arquivo não está mais no Hub.</translation>
    </message>
    <message>
        <source>The Hub answered %1.</source>
        <translation>O Hub respondeu %1.</translation>
    </message>
    <message>
        <source>%1 arrived damaged and was deleted: expected %2 bytes with SHA-256 %3, received %4 bytes with SHA-256 %5. Download it again.</source>
        <translation>%1 chegou danificado e foi excluído: esperados %2 bytes com SHA-256 %3, recebidos %4 bytes com SHA-256 %5. Baixe de novo.</translation>
    </message>
    <message>
        <source>The disk filled up during the download. Free some space and try again: it resumes.</source>
        <translation>O disco encheu durante o download. Libere espaço e tente de novo: ele continua de onde parou.</translation>
    </message>
    <message>
        <source>The download could not be written to the disk (%1). Try again: it resumes.</source>
        <translation>Não foi possível gravar o download no disco (%1). Tente de novo: ele continua de onde parou.</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set, so LlamaDesk will not contact the Hub. Unset it to download or check models.</source>
        <translation>HF_HUB_OFFLINE está definida, então o LlamaDesk não vai contatar o Hub. Remova-a para baixar ou verificar modelos.</translation>
    </message>
    <message>
        <source>The Hub could not be reached: %1</source>
        <translation>Não foi possível acessar o Hub: %1</translation>
    </message>
    <message>
        <source>There is no model %1 on the Hub.</source>
        <translation>Não existe o modelo %1 no Hub.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached from this computer now, so models cannot be searched or downloaded; everything else works offline.</source>
        <translation>O Hub do Hugging Face não pode ser acessado deste computador agora, então não é possível buscar nem baixar modelos; todo o resto funciona offline.</translation>
    </message>
    <message>
        <source>%1 is gated: its owner shares it with signed-in accounts that ask for access on its page. Add a Hugging Face token, ask for access, then open it again (`llamadesk models access %1` says which step is missing).</source>
        <translation>%1 tem acesso restrito: o dono o compartilha com contas conectadas que pedem acesso na página dele. Adicione um token do Hugging Face, peça acesso e abra-o de novo (`llamadesk models access %1` diz qual passo falta).</translation>
    </message>
    <message>
        <source>%1 is gated and your Hugging Face account has no access yet: ask for it on the repository&apos;s page, then open it again (`llamadesk models access %1` says what the Hub answers).</source>
        <translation>%1 tem acesso restrito e sua conta do Hugging Face ainda não tem acesso: peça na página do repositório e abra-o de novo (`llamadesk models access %1` mostra o que o Hub responde).</translation>
    </message>
    <message>
        <source>part %1 of %2 is missing from the repo</source>
        <translation>a parte %1 de %2 está faltando no repositório</translation>
    </message>
    <message>
        <source>%1 is gated and this account has no access: ask for it on the repository&apos;s page, or run `llamadesk models access %1` for what to do.</source>
        <translation>%1 tem acesso restrito e esta conta não tem acesso: peça na página do repositório ou execute `llamadesk models access %1` para saber o que fazer.</translation>
    </message>
    <message>
        <source>%1 is not in %2, or the Hub gave no hash for it.</source>
        <translation>%1 não está em %2, ou o Hub não informou o hash.</translation>
    </message>
    <message>
        <source>%1 cannot be downloaded: %2.</source>
        <translation>%1 não pode ser baixado: %2.</translation>
    </message>
    <message>
        <source>%1 changed on the Hub since it was listed (its size or hash is not the same): look at the repository again.</source>
        <translation>%1 mudou no Hub desde que foi listado (o tamanho ou o hash não é o mesmo): veja o repositório de novo.</translation>
    </message>
    <message>
        <source>The projector could not be copied beside the model: %1</source>
        <translation>Não foi possível copiar o projetor ao lado do modelo: %1</translation>
    </message>
    <message>
        <source>%1 is already in the models folder.</source>
        <translation>%1 já está na pasta de modelos.</translation>
    </message>
    <message>
        <source>%1 is loaded. Load another model or close it first.</source>
        <translation>%1 está carregado. Carregue outro modelo ou feche-o antes.</translation>
    </message>
    <message>
        <source>No installed model has the id %1 (see `llamadesk models list`).</source>
        <translation>Nenhum modelo instalado tem o id %1 (veja `llamadesk models list`).</translation>
    </message>
    <message>
        <source>The list of installed models is damaged (%1).</source>
        <translation>A lista de modelos instalados está danificada (%1).</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>O token está vazio.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring (on Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet), so LlamaDesk cannot keep the token safely. It never writes tokens to disk in plain text: use it for this session only, or set HF_TOKEN yourself.</source>
        <translation>Este computador não tem um chaveiro utilizável (no Linux, instale e desbloqueie um Secret Service como o GNOME Keyring ou o KWallet), então o LlamaDesk não consegue guardar o token com segurança. Ele nunca grava tokens no disco em texto puro: use-o só nesta sessão ou defina HF_TOKEN você mesmo.</translation>
    </message>
    <message>
        <source>The keyring refused the token (%1). Unlock it and try again.</source>
        <translation>O chaveiro recusou o token (%1). Desbloqueie-o e tente de novo.</translation>
    </message>
    <message>
        <source>The disk is full, so the history could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>O disco está cheio, então o histórico não pôde ser salvo. Libere espaço e tente de novo; nada do que já estava salvo foi perdido.</translation>
    </message>
    <message>
        <source>The history file is locked by another program (is LlamaDesk open twice?).</source>
        <translation>O arquivo de histórico está bloqueado por outro programa (o LlamaDesk está aberto duas vezes?).</translation>
    </message>
    <message>
        <source>The history file could not be opened. Check that its folder exists and is writable.</source>
        <translation>Não foi possível abrir o arquivo de histórico. Verifique se a pasta existe e permite gravação.</translation>
    </message>
    <message>
        <source>The history file is read-only.</source>
        <translation>O arquivo de histórico é somente leitura.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving the history.</source>
        <translation>O disco relatou um erro ao salvar o histórico.</translation>
    </message>
    <message>
        <source>The history file is damaged or is not a LlamaDesk database.</source>
        <translation>O arquivo de histórico está danificado ou não é um banco de dados do LlamaDesk.</translation>
    </message>
    <message>
        <source>The history file could not be read: %1</source>
        <translation>Não foi possível ler o arquivo do histórico: %1</translation>
    </message>
    <message>
        <source>This history needs an update (format %1 to %2), which its read-only folder does not allow. Make the folder writable, then try again.</source>
        <translation>Este histórico precisa de uma atualização (formato %1 para %2), que a pasta somente leitura não permite. Torne a pasta gravável e tente novamente.</translation>
    </message>
    <message>
        <source>The history folder could not be created: %1</source>
        <translation>Não foi possível criar a pasta do histórico: %1</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 não é um JSON válido (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 não pode ser importado: %2.</translation>
    </message>
    <message>
        <source>LlamaDesk cannot write to its data folder %1 (%2). Reading commands (list, search, export) still work; for anything else, make the folder writable or choose another with --data-dir.</source>
        <translation>O LlamaDesk não consegue gravar na pasta de dados %1 (%2). Os comandos de leitura (list, search, export) continuam funcionando; para o resto, torne a pasta gravável ou escolha outra com --data-dir.</translation>
    </message>
    <message>
        <source>Another LlamaDesk is using the data in %1. Close it first, or choose another folder with --data-dir.</source>
        <translation>Outro LlamaDesk está usando os dados em %1. Feche-o primeiro ou escolha outra pasta com --data-dir.</translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation>Não existe conversa com o id %1.</translation>
    </message>
    <message>
        <source>The image %1 is not in the history.</source>
        <translation>A imagem %1 não está no histórico.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited; regenerate a reply instead.</source>
        <translation>Só suas próprias mensagens podem ser editadas; regenere a resposta em vez disso.</translation>
    </message>
    <message>
        <source>There is no reply with id %1.</source>
        <translation>Não existe resposta com o id %1.</translation>
    </message>
    <message>
        <source>There is no message with id %1.</source>
        <translation>Não existe mensagem com o id %1.</translation>
    </message>
    <message>
        <source>LlamaDesk cannot use its data folder %1: %2.</source>
        <translation>O LlamaDesk não pode usar sua pasta de dados %1: %2.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be used: %1</source>
        <translation>Este esquema JSON não pode ser usado: %1</translation>
    </message>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>Não foi possível ler o chaveiro do sistema: %1</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Nenhum modelo está carregado.</translation>
    </message>
    <message>
        <source>The model is busy with other requests. Try again shortly.</source>
        <translation>O modelo está ocupado com outras solicitações. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, and %2 does not fit on this computer alone. Start the pool on that computer again, then restart `llamadesk serve`.</source>
        <translation>O computador %1 parou de responder, e %2 não cabe só neste computador. Inicie o grupo naquele computador de novo e depois reinicie o `llamadesk serve`.</translation>
    </message>
    <message>
        <source>The window chooses the model; the API cannot load another.</source>
        <translation>A janela escolhe o modelo; a API não pode carregar outro.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while loading %1: %2. The model was not loaded again.</source>
        <translation>O LlamaDesk fechou inesperadamente ao carregar %1: %2. O modelo não foi carregado de novo.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while %1 was answering: %2. The model was not loaded again.</source>
        <translation>O LlamaDesk fechou inesperadamente enquanto %1 respondia: %2. O modelo não foi carregado de novo.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while indexing documents with %1: %2. The model was not loaded again.</source>
        <translation>O LlamaDesk fechou inesperadamente ao indexar documentos com %1: %2. O modelo não foi carregado de novo.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while loading %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>O LlamaDesk foi encerrado de fora ao carregar %1 (talvez por falta de memória). O modelo não foi carregado de novo.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while %1 was answering (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>O LlamaDesk foi encerrado de fora enquanto %1 respondia (talvez por falta de memória). O modelo não foi carregado de novo.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while indexing documents with %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>O LlamaDesk foi encerrado de fora ao indexar documentos com %1 (talvez por falta de memória). O modelo não foi carregado de novo.</translation>
    </message>
    <message>
        <source>The safe settings run it on the CPU only, with the engine configuration below the one that crashed.</source>
        <translation>As configurações seguras o executam só na CPU, com a configuração do motor abaixo da que falhou.</translation>
    </message>
    <message>
        <source>llama.cpp crashed on this computer with %1 in every configuration LlamaDesk tried (%2). The model was not loaded.</source>
        <translation>O llama.cpp falhou neste computador com %1 em todas as configurações que o LlamaDesk tentou (%2). O modelo não foi carregado.</translation>
    </message>
    <message>
        <source>This model needs llama.cpp&apos;s %1 CPU backend, and %2 is already in use: restart LlamaDesk to load it.</source>
        <translation>Este modelo precisa do backend de CPU %1 do llama.cpp, e %2 já está em uso: reinicie o LlamaDesk para carregá-lo.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it with llama.cpp&apos;s weight repacking off: a little slower.</source>
        <translation>Depois de uma falha do LlamaDesk com este tipo de modelo, ele o executa sem o reempacotamento de pesos do llama.cpp: um pouco mais lento.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend.</source>
        <translation>Depois de uma falha do LlamaDesk com este tipo de modelo, ele o executa no backend de CPU %1 do llama.cpp.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend with weight repacking off.</source>
        <translation>Depois de uma falha do LlamaDesk com este tipo de modelo, ele o executa no backend de CPU %1 do llama.cpp sem reempacotar os pesos.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s repacked weights (%1), so repacking is off for this kind of model: a little slower, and safe.</source>
        <translation>Esta CPU falhou nos pesos reempacotados do llama.cpp (%1), então o reempacotamento está desligado para este tipo de modelo: um pouco mais lento, e seguro.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend instead.</source>
        <translation>Esta CPU falhou no código mais rápido do llama.cpp (%1), então o LlamaDesk usa o backend de CPU %2 em vez dele.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend with weight repacking off.</source>
        <translation>Esta CPU falhou no código mais rápido do llama.cpp (%1), então o LlamaDesk usa o backend de CPU %2 sem reempacotar os pesos.</translation>
    </message>
    <message>
        <source>The program %1 does not exist or cannot be run.</source>
        <translation>O programa %1 não existe ou não pode ser executado.</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Install %2, or give the command&apos;s full path.</source>
        <translation>“%1” não foi encontrado neste computador. Instale %2 ou informe o caminho completo do comando.</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Give the command&apos;s full path.</source>
        <translation>“%1” não foi encontrado neste computador. Informe o caminho completo do comando.</translation>
    </message>
    <message>
        <source>A server&apos;s name must be 1 to 64 letters, digits, spaces, dots, dashes or underscores: %1</source>
        <translation>O nome de um servidor deve ter de 1 a 64 letras, dígitos, espaços, pontos, hífens ou sublinhados: %1</translation>
    </message>
    <message>
        <source>The server “%1” has no command.</source>
        <translation>O servidor “%1” não tem comando.</translation>
    </message>
    <message>
        <source>The server “%1”: its arguments must be a list of text.</source>
        <translation>Servidor “%1”: seus argumentos devem ser uma lista de textos.</translation>
    </message>
    <message>
        <source>The server “%1”: its environment must map variable names to text.</source>
        <translation>Servidor “%1”: seu ambiente deve associar nomes de variáveis a textos.</translation>
    </message>
    <message>
        <source>The server “%1”: its timeout must be 1 to 3600 seconds.</source>
        <translation>Servidor “%1”: seu tempo limite deve ser de 1 a 3600 segundos.</translation>
    </message>
    <message>
        <source>This is not JSON: %1</source>
        <translation>Isto não é JSON: %1</translation>
    </message>
    <message>
        <source>Expected {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}.</source>
        <translation>Esperado: {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}.</translation>
    </message>
    <message>
        <source>The server “%1” must be an object.</source>
        <translation>O servidor “%1” deve ser um objeto.</translation>
    </message>
    <message>
        <source>The server “%1” is reached over the network; LlamaDesk runs only local servers (a command).</source>
        <translation>O servidor “%1” é acessado pela rede; o LlamaDesk executa apenas servidores locais (um comando).</translation>
    </message>
    <message>
        <source>Downloading this model needs your acceptance of the %1. Read it with `llamadesk models license %2`, then download again with --accept-license.</source>
        <translation>Baixar este modelo exige que você aceite: %1. Leia com `llamadesk models license %2` e baixe de novo com --accept-license.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; images up to %3 MB can be attached.</source>
        <translation>%1 tem %2 MB; é possível anexar imagens de até %3 MB.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vazio.</translation>
    </message>
    <message>
        <source>%1 would decode to more than %2 million pixels, which is more than any model reads; it is refused as a possible decompression bomb.</source>
        <translation>%1 seria descompactada em mais de %2 milhões de pixels, mais do que qualquer modelo lê; ela é recusada como possível bomba de descompressão.</translation>
    </message>
    <message>
        <source>%1 is not an image LlamaDesk can read: PNG, JPEG, WebP and GIF are taken (SVG and other formats are not).</source>
        <translation>%1 não é uma imagem que o LlamaDesk consiga ler: PNG, JPEG, WebP e GIF são aceitos (SVG e outros formatos não).</translation>
    </message>
    <message>
        <source>%1 is a %2 image; PNG, JPEG, WebP and GIF are taken.</source>
        <translation>%1 é uma imagem %2; são aceitos PNG, JPEG, WebP e GIF.</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short and cannot be read (%2).</source>
        <translation>%1 está danificado ou cortado e não pode ser lido (%2).</translation>
    </message>
    <message>
        <source>%1 is not a projector GGUF (%2).</source>
        <translation>%1 não é um GGUF de projetor (%2).</translation>
    </message>
    <message>
        <source>%1 is a model, not a projector: a projector&apos;s name usually starts with mmproj.</source>
        <translation>%1 é um modelo, não um projetor: o nome de um projetor costuma começar com mmproj.</translation>
    </message>
    <message>
        <source>This build of the engine cannot read images (it has no libmtmd).</source>
        <translation>Esta compilação do motor não consegue ler imagens (não tem libmtmd).</translation>
    </message>
    <message>
        <source>The projector %1 could not be loaded with this model: it may be damaged, or made for another model (its width must match the model&apos;s).</source>
        <translation>O projetor %1 não pôde ser carregado com este modelo: pode estar danificado ou ter sido feito para outro modelo (a largura dele precisa corresponder à do modelo).</translation>
    </message>
    <message>
        <source>%1 is not a vision projector (it reads no images).</source>
        <translation>%1 não é um projetor de visão (não lê imagens).</translation>
    </message>
    <message>
        <source>The projector could not read this image.</source>
        <translation>O projetor não conseguiu ler esta imagem.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (another kind of tokenizer). A draft must be a smaller model of the same family.</source>
        <translation>%1 não pode ser o rascunho deste modelo: o vocabulário não é o mesmo (outro tipo de tokenizador). Um modelo de rascunho deve ser um modelo menor da mesma família.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (other start and end tokens). A draft must be a smaller model of the same family.</source>
        <translation>%1 não pode ser o rascunho deste modelo: o vocabulário não é o mesmo (outros tokens de início e fim). Um modelo de rascunho deve ser um modelo menor da mesma família.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (%2 tokens, not %3). A draft must be a smaller model of the same family.</source>
        <translation>%1 não pode ser o rascunho deste modelo: o vocabulário não é o mesmo (%2 tokens, não %3). Um modelo de rascunho deve ser um modelo menor da mesma família.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (token %2 differs). A draft must be a smaller model of the same family.</source>
        <translation>%1 não pode ser o rascunho deste modelo: o vocabulário não é o mesmo (o token %2 é diferente). Um modelo de rascunho deve ser um modelo menor da mesma família.</translation>
    </message>
    <message>
        <source>%1 is an embedding model; it cannot write a draft.</source>
        <translation>%1 é um modelo de embeddings; ele não pode escrever um rascunho.</translation>
    </message>
    <message>
        <source>No pairing code is kept for the pool worker %1: add it again with `llamadesk pool add %1`.</source>
        <translation>Nenhum código de pareamento está guardado para o computador %1: adicione-o de novo com `llamadesk pool add %1`.</translation>
    </message>
    <message>
        <source>The pool has no worker yet: run `llamadesk pool serve` on another computer, then `llamadesk pool add ADDRESS:PORT` here.</source>
        <translation>O grupo ainda não tem computadores: execute `llamadesk pool serve` em outro computador e depois `llamadesk pool add ENDEREÇO:PORTA` aqui.</translation>
    </message>
    <message>
        <source>%1 is not a worker address: write it as host:port, such as 192.168.1.20:50052.</source>
        <translation>%1 não é um endereço de computador: escreva como host:porta, por exemplo 192.168.1.20:50052.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering in the middle of a reply, so LlamaDesk has to close. The reply so far is kept in the history, marked interrupted.</source>
        <translation>O computador %1 parou de responder no meio de uma resposta, então o LlamaDesk precisa fechar. A resposta até aqui fica no histórico, marcada como interrompida.</translation>
    </message>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>Esta versão do motor do LlamaDesk não tem backend RPC, então não pode agrupar computadores.</translation>
    </message>
    <message>
        <source>The pool worker %1 paired but lends no device.</source>
        <translation>O computador %1 foi pareado, mas não empresta nenhum dispositivo.</translation>
    </message>
    <message>
        <source>That is not a pairing code: it is four groups of five letters and digits, as the worker shows it.</source>
        <translation>Isso não é um código de pareamento: são quatro grupos de cinco letras e dígitos, como o computador o mostra.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so the pairing code cannot be kept. Set %1 for each run instead (host:port=CODE, separated by ;).</source>
        <translation>Este computador não tem um chaveiro utilizável, então o código não pode ser guardado. Defina %1 a cada execução (host:porta=CÓDIGO, separados por ;).</translation>
    </message>
    <message>
        <source>The pool worker %1 cannot be reached. Is `llamadesk pool serve` running there, and is the address right?</source>
        <translation>Não é possível alcançar o computador %1. O `llamadesk pool serve` está rodando lá, e o endereço está certo?</translation>
    </message>
    <message>
        <source>%1 is not a LlamaDesk pool worker.</source>
        <translation>%1 não é um computador de grupo do LlamaDesk.</translation>
    </message>
    <message>
        <source>The pool worker %1 runs another version (pool %2, llama.cpp RPC %3; this computer: pool %4, RPC %5). Install the same LlamaDesk version on both.</source>
        <translation>O computador %1 usa outra versão (grupo %2, RPC do llama.cpp %3; este computador: grupo %4, RPC %5). Instale a mesma versão do LlamaDesk nos dois.</translation>
    </message>
    <message>
        <source>The pool worker %1 refused the pairing code. Enter the code it shows again.</source>
        <translation>O computador %1 recusou o código de pareamento. Digite novamente o código que ele mostra.</translation>
    </message>
    <message>
        <source>The pool worker %1 could not prove it knows the pairing code; it may not be the computer you paired.</source>
        <translation>O computador %1 não conseguiu provar que conhece o código de pareamento; pode não ser o computador que você pareou.</translation>
    </message>
</context>
<context>
    <name>model_actions</name>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importar um modelo GGUF</translation>
    </message>
    <message>
        <source>Import %1 (%2)?</source>
        <translation>Importar %1 (%2)?</translation>
    </message>
    <message>
        <source>Use it where it is: nothing is copied, and LlamaDesk finds it there while the file stays. Copy it: LlamaDesk keeps its own copy in its models folder.</source>
        <translation>Usar onde está: nada é copiado, e o LlamaDesk o encontra lá enquanto o arquivo ficar. Copiar: o LlamaDesk guarda a própria cópia na pasta de modelos.</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>Usar onde está</translation>
    </message>
    <message>
        <source>Copy into LlamaDesk&apos;s folder</source>
        <translation>Copiar para a pasta do LlamaDesk</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>starters</name>
    <message>
        <source>Explain how a refrigerator keeps food cold, in simple words.</source>
        <translation>Explique com palavras simples como a geladeira mantém a comida fria.</translation>
    </message>
    <message>
        <source>Help me write a polite email asking to move a meeting to next week.</source>
        <translation>Me ajude a escrever um e-mail educado pedindo para adiar uma reunião para a semana que vem.</translation>
    </message>
    <message>
        <source>Give me three ideas for a weekend project with my kids.</source>
        <translation>Me dê três ideias de projeto de fim de semana com meus filhos.</translation>
    </message>
    <message>
        <source>Summarise the main points of the text I paste next.</source>
        <translation>Resuma os pontos principais do texto que eu colar em seguida.</translation>
    </message>
    <message>
        <source>sends</source>
        <translation>envia</translation>
    </message>
    <message>
        <source>starts a new line</source>
        <translation>começa uma nova linha</translation>
    </message>
    <message>
        <source>stops a reply</source>
        <translation>para uma resposta</translation>
    </message>
    <message>
        <source>new chat</source>
        <translation>nova conversa</translation>
    </message>
    <message>
        <source>searches your conversations</source>
        <translation>pesquisa suas conversas</translation>
    </message>
    <message>
        <source>edits your last message</source>
        <translation>edita sua última mensagem</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>Aguardando sua resposta: %1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Executando %1…</translation>
    </message>
</context>
</TS>
