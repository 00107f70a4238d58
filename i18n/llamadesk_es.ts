<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LlamaDesk</source>
        <translation>Acerca de LlamaDesk</translation>
    </message>
    <message>
        <source>Chat with Llama 2 and other GGUF models on this computer. Conversations stay on your disk; chatting uses no network.</source>
        <translation>Chatea con Llama 2 y otros modelos GGUF en este equipo. Las conversaciones se quedan en tu disco; chatear no usa la red.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
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
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Carpeta de registros:</translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation>Carpeta de modelos:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>Licencias:</translation>
    </message>
    <message>
        <source>Llama 2 models: Llama 2 Community License</source>
        <translation>Modelos Llama 2: Llama 2 Community License</translation>
    </message>
    <message>
        <source>Each model you download keeps its own licence.</source>
        <translation>Cada modelo que descargas conserva su propia licencia.</translation>
    </message>
    <message>
        <source>chosen when a model is loaded</source>
        <translation>se elige al cargar un modelo</translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation>no instalado (%1)</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>The catalog&apos;s models download without an account. A token is needed only for gated repositories such as Meta&apos;s own; it is kept in the system keyring and nowhere else.</source>
        <translation>Los modelos del catálogo se descargan sin cuenta. Solo hace falta un token para repositorios con acceso restringido, como el de Meta; se guarda en el llavero del sistema y en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token de Hugging Face</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the token cannot be stored safely. It will be kept for this session only; on Linux, install and unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>No hay ningún llavero disponible en este equipo, así que el token no se puede guardar de forma segura. Solo se usará en esta sesión; en Linux, instale y desbloquee GNOME Keyring o KWallet para conservarlo.</translation>
    </message>
    <message>
        <source>%1 is gated. Paste a token from huggingface.co/settings/tokens and press Check: it says whether the token opens %1.</source>
        <translation>%1 tiene acceso restringido. Pegue un token de huggingface.co/settings/tokens y pulse Comprobar: le dirá si el token abre %1.</translation>
    </message>
    <message>
        <source>Token saved.</source>
        <translation>Token guardado.</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Token eliminado.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Signed in as %1, with access to %2.</source>
        <translation>Sesión iniciada como %1, con acceso a %2.</translation>
    </message>
    <message>
        <source>No token: enter one from huggingface.co/settings/tokens.</source>
        <translation>Sin token: introduzca uno de huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <source>The Hub does not accept this token. Create a new one at huggingface.co/settings/tokens.</source>
        <translation>El Hub no acepta este token. Cree uno nuevo en huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <source>Signed in as %1, but without access to %2: request it on the repository&apos;s page.</source>
        <translation>Sesión iniciada como %1, pero sin acceso a %2: solicítelo en la página del repositorio.</translation>
    </message>
</context>
<context>
    <name>ApiServerControl</name>
    <message>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>Not started: port %1 cannot be used (%2).</source>
        <translation>No iniciado: no se puede usar el puerto %1 (%2).</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>No iniciado: %1</translation>
    </message>
    <message>
        <source>On at %1</source>
        <translation>Activo en %1</translation>
    </message>
</context>
<context>
    <name>ApiServerPage</name>
    <message>
        <source>Let programs on this computer use the model through the OpenAI API</source>
        <translation>Permitir que los programas de este equipo usen el modelo mediante la API de OpenAI</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Solo este equipo (127.0.0.1)</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>Todas las redes de este equipo (0.0.0.0)</translation>
    </message>
    <message>
        <source>Anyone who can reach this computer over the network and has the key can then use the model.</source>
        <translation>Cualquiera que pueda llegar a este equipo por la red y tenga la clave podrá usar el modelo.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nueva clave</translation>
    </message>
    <message>
        <source>Programs that have the old key are refused from now on</source>
        <translation>Los programas con la clave anterior se rechazarán a partir de ahora</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this key lasts until LlamaDesk quits. Set LLAMADESK_API_KEY to keep one.</source>
        <translation>Este ordenador no tiene llavero, así que esta clave dura hasta que LlamaDesk se cierre. Defina LLAMADESK_API_KEY para conservar una.</translation>
    </message>
    <message>
        <source>None: web pages cannot call it</source>
        <translation>Ninguna: las páginas web no pueden llamarla</translation>
    </message>
    <message>
        <source>Web pages allowed to call the API, such as http://localhost:3000, separated by commas</source>
        <translation>Páginas web que pueden llamar a la API, como http://localhost:3000, separadas por comas</translation>
    </message>
    <message>
        <source>Keep API chats in the history (marked as the API&apos;s)</source>
        <translation>Guardar los chats de la API en el historial (marcados como de la API)</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escuchar en:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Web pages allowed:</source>
        <translation>Páginas web permitidas:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Requests use the model loaded here, one at a time, after your own messages.</source>
        <translation>Las solicitudes usan el modelo cargado aquí, de una en una, después de sus propios mensajes.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Allow a tool call?</source>
        <translation>¿Permitir una llamada a herramienta?</translation>
    </message>
    <message>
        <source>The model wants to use %1.</source>
        <translation>El modelo quiere usar %1.</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>&amp;Permitir una vez</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>Permitir &amp;siempre esta herramienta</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Denegar</translation>
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
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>At most %1 images go with one message.</source>
        <translation>Como máximo %1 imágenes por mensaje.</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Waiting for the model to load, then sending: %1</source>
        <translation>Esperando a que se cargue el modelo para enviar: %1</translation>
    </message>
    <message>
        <source>Editing your message: Enter sends it as a new version, Esc cancels</source>
        <translation>Editando su mensaje: Intro lo envía como versión nueva, Esc cancela</translation>
    </message>
    <message>
        <source>Version %1 / %2</source>
        <translation>Versión %1 / %2</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Leyendo la imagen…</translation>
    </message>
    <message>
        <source>Reading the images…</source>
        <translation>Leyendo las imágenes…</translation>
    </message>
    <message>
        <source>Context: %1 of %2 tokens</source>
        <translation>Contexto: %1 de %2 tokens</translation>
    </message>
    <message numerus="yes">
        <source> · %n older message(s) no longer fit</source>
        <translation>
            <numerusform> · %n mensaje antiguo ya no cabe</numerusform>
            <numerusform> · %n mensajes antiguos ya no caben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation>Adjuntar imágenes (o soltarlas o pegarlas aquí)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Imagen pegada.png</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Enter for a new line</source>
        <translation>Ctrl+Intro envía · Intro para una nueva línea</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter for a new line</source>
        <translation>Intro envía · Mayús+Intro para una nueva línea</translation>
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
        <translation>↓ Recientes</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Ir a lo más reciente</translation>
    </message>
    <message>
        <source>Show the latest messages ›</source>
        <translation>Mostrar los mensajes más recientes ›</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>%1 % of guesses kept</source>
        <translation>%1 % de las conjeturas aceptadas</translation>
    </message>
    <message>
        <source>Start with one of these, or ask anything</source>
        <translation>Empieza con una de estas, o pregunta lo que quieras</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modelo desconocido</translation>
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
        <translation>primer token tras %1 ms</translation>
    </message>
    <message>
        <source>This message no longer fits the context window; the model does not see it when it answers.</source>
        <translation>Este mensaje ya no cabe en la ventana de contexto; el modelo no lo ve al responder.</translation>
    </message>
    <message>
        <source>outside the model&apos;s memory</source>
        <translation>fuera de la memoria del modelo</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>%1 (%2 × %3): click to open</source>
        <translation>%1 (%2 × %3): haga clic para abrir</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>interrupted: cut off before it ended (LlamaDesk closed, or a pool computer stopped answering)</source>
        <translation>interrumpida: cortada antes de terminar (LlamaDesk se cerró o un equipo del grupo dejó de responder)</translation>
    </message>
    <message>
        <source>cut off at the length limit</source>
        <translation>cortada en el límite de longitud</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>stopped after the most rounds of tool calls a reply may make (Settings › Tools)</source>
        <translation>detenida tras el máximo de rondas de llamadas a herramientas por respuesta (Ajustes › Herramientas)</translation>
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
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>Document collections</source>
        <translation>Colecciones de documentos</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Pasajes</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <source>Indexing runs on this computer only; nothing is uploaded.</source>
        <translation>La indexación se hace solo en este equipo; no se sube nada.</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Reindexar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>Pausar la indexación</translation>
    </message>
    <message>
        <source>%1: %2 of %3 files, %4 passages, %5 passages/s</source>
        <translation>%1: %2 de %3 archivos, %4 pasajes, %5 pasajes/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>%1 is up to date: %2 file(s) indexed, %3 unchanged, %4 removed, %5 skipped.</source>
        <translation>%1 está al día: %2 archivo(s) indexado(s), %3 sin cambios, %4 quitado(s), %5 omitido(s).</translation>
    </message>
    <message>
        <source>Loading the embedding model…</source>
        <translation>Cargando el modelo de embeddings…</translation>
    </message>
    <message>
        <source>Add a folder to %1</source>
        <translation>Añadir una carpeta a %1</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Quitar la colección</translation>
    </message>
    <message>
        <source>Forget the collection %1? Its files stay where they are.</source>
        <translation>¿Olvidar la colección %1? Sus archivos se quedan donde están.</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Reanudar la indexación</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message…</source>
        <translation>Mensaje…</translation>
    </message>
</context>
<context>
    <name>ConversationBrowser</name>
    <message>
        <source>Reply version %1 / %2</source>
        <translation>Versión de la respuesta %1 / %2</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+F)</source>
        <translation>Buscar en las conversaciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the thinking too</source>
        <translation>Buscar también en el razonamiento</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Eliminar la conversación</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>From a program, through the local API</source>
        <translation>De un programa, mediante la API local</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Ancladas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desanclar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anclar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>Se eliminó «%1»</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>in its thinking</source>
        <translation>en su razonamiento</translation>
    </message>
</context>
<context>
    <name>CrashBanner</name>
    <message>
        <source>Load with safe settings</source>
        <translation>Cargar con ajustes seguros</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>The full crash report, for a bug report. Nothing is sent anywhere.</source>
        <translation>El informe completo del fallo, para informar de un error. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
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
        <translation>Buscar modelos GGUF en Hugging Face (Qwen3, Gemma 3, Llama 3.1…)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Más descargados</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Actualizados recientemente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop waiting for the Hub</source>
        <translation>Dejar de esperar al Hub</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>Modelos encontrados</translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation>&amp;Más resultados</translation>
    </message>
    <message>
        <source>Files to download</source>
        <translation>Archivos para descargar</translation>
    </message>
    <message>
        <source>Also the vision projector (for images)</source>
        <translation>También el proyector de visión (para imágenes)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>visión</translation>
    </message>
    <message>
        <source>gated</source>
        <translation>de acceso restringido</translation>
    </message>
    <message>
        <source>%1 — %2 downloads · %3</source>
        <translation>%1 — %2 descargas · %3</translation>
    </message>
    <message>
        <source>licence not given</source>
        <translation>licencia no indicada</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>actualizado el %1</translation>
    </message>
    <message>
        <source>No GGUF models found.</source>
        <translation>No se encontraron modelos GGUF.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Check your access…</source>
        <translation>Comprobar su acceso…</translation>
    </message>
    <message>
        <source>Add a Hugging Face token…</source>
        <translation>Añadir un token de Hugging Face…</translation>
    </message>
    <message>
        <source>asks for your acceptance before the download</source>
        <translation>pide su aceptación antes de la descarga</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>licence: %1</source>
        <translation>licencia: %1</translation>
    </message>
    <message>
        <source>its page</source>
        <translation>su página</translation>
    </message>
    <message>
        <source>gated: your Hugging Face token needs access</source>
        <translation>acceso restringido: su token de Hugging Face necesita acceso</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>justo</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>over 100 tokens/s</source>
        <translation>más de 100 tokens/s</translation>
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
        <translation>&amp;Colecciones…</translation>
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
        <translation>Aún no hay colecciones</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>Colecciones…</translation>
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
        <translation>Responder también con estas colecciones; la respuesta lista sus fuentes debajo.</translation>
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
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About LlamaDesk</source>
        <translation>A&amp;cerca de LlamaDesk</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Open a conversation to export it.</source>
        <translation>Abra una conversación para exportarla.</translation>
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
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>LlamaDesk JSON (*.json)</source>
        <translation>JSON de LlamaDesk (*.json)</translation>
    </message>
    <message>
        <source>All conversations, one file each (*.zip)</source>
        <translation>Todas las conversaciones, un archivo cada una (*.zip)</translation>
    </message>
    <message>
        <source>All conversations, lossless (*.json)</source>
        <translation>Todas las conversaciones, sin pérdidas (*.json)</translation>
    </message>
    <message>
        <source>LlamaDesk conversations</source>
        <translation>Conversaciones de LlamaDesk</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <source>LlamaDesk export (*.json)</source>
        <translation>Exportación de LlamaDesk (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>Se importó %n conversación.</numerusform>
            <numerusform>Se importaron %n conversaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was already here.</source>
        <translation>
            <numerusform>%n ya estaba aquí.</numerusform>
            <numerusform>%n ya estaban aquí.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>IndexingWorker</name>
    <message>
        <source>There is already a collection named %1.</source>
        <translation>Ya existe una colección llamada %1.</translation>
    </message>
    <message>
        <source>There is no collection named %1.</source>
        <translation>No existe ninguna colección llamada %1.</translation>
    </message>
    <message>
        <source>The embedding model that built %1, %2, is no longer there. Download it again (Models › Embedding models) to keep this collection up to date; searching it still works, by keyword.</source>
        <translation>El modelo de embeddings que creó %1, %2, ya no está. Descárguelo de nuevo (Modelos › Modelos de embeddings) para mantener esta colección al día; la búsqueda sigue funcionando, por palabras clave.</translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <source>Unexpected error while loading the model: %1. Details are in the log file.</source>
        <translation>Error inesperado al cargar el modelo: %1. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>Unexpected error while answering: %1. Details are in the log file.</source>
        <translation>Error inesperado al responder: %1. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>This summary is a help, not the license: the English text below is what you agree to.</source>
        <translation>Este resumen es una ayuda, no la licencia: lo que acepta es el texto en inglés de abajo.</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>I have read and accept the %1</source>
        <translation>He leído y acepto la %1</translation>
    </message>
    <message>
        <source>Scroll to the end of the text first</source>
        <translation>Primero desplácese hasta el final del texto</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>LicenseSummary</name>
    <message>
        <source>You may use, copy and change Llama 2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 July 2023 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 2&apos;s output to improve other large language models.</source>
        <translation>Puede usar, copiar y modificar Llama 2 gratis, para trabajo personal o comercial. Solo una empresa cuyos productos tuvieran más de 700 millones de usuarios activos mensuales el 18 de julio de 2023 necesita una licencia aparte de Meta. También acepta la Política de uso aceptable de Meta y no puede usar la salida de Llama 2 para mejorar otros grandes modelos de lenguaje.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 April 2024 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 3&apos;s output to improve other large language models.</source>
        <translation>Puede usar, copiar y modificar Llama 3 gratis, para uso personal o comercial. Solo una empresa cuyos productos tuvieran más de 700 millones de usuarios activos mensuales el 18 de abril de 2024 necesita una licencia aparte de Meta. También acepta la Política de uso aceptable de Meta y no puede usar la salida de Llama 3 para mejorar otros grandes modelos de lenguaje.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.1 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>Puede usar, copiar y modificar Llama 3.1 gratis, para uso personal o comercial. Solo una empresa cuyos productos tuvieran más de 700 millones de usuarios activos mensuales en su fecha de lanzamiento necesita una licencia aparte de Meta. Si comparte el modelo o un modelo construido a partir de él, debe indicar «Built with Llama» y empezar el nombre de ese modelo por «Llama». También acepta la Política de uso aceptable de Meta.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy. The rights to its multimodal (vision) models are not granted to people living, or companies based, in the European Union.</source>
        <translation>Puede usar, copiar y modificar Llama 3.2 gratis, para uso personal o comercial. Solo una empresa cuyos productos tuvieran más de 700 millones de usuarios activos mensuales en su fecha de lanzamiento necesita una licencia aparte de Meta. Si comparte el modelo o un modelo construido a partir de él, debe indicar «Built with Llama» y empezar el nombre de ese modelo por «Llama». También acepta la Política de uso aceptable de Meta. Los derechos sobre sus modelos multimodales (visión) no se conceden a personas residentes ni a empresas con sede en la Unión Europea.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>Puede usar, copiar y modificar Llama 3.3 gratis, para uso personal o comercial. Solo una empresa cuyos productos tuvieran más de 700 millones de usuarios activos mensuales en su fecha de lanzamiento necesita una licencia aparte de Meta. Si comparte el modelo o un modelo construido a partir de él, debe indicar «Built with Llama» y empezar el nombre de ese modelo por «Llama». También acepta la Política de uso aceptable de Meta.</translation>
    </message>
    <message>
        <source>You may use, copy and change Gemma for free, for personal or commercial work. You agree to Google&apos;s Gemma Prohibited Use Policy. If you share Gemma or a model built from it, you must pass on these terms and their use restrictions.</source>
        <translation>Puede usar, copiar y modificar Gemma gratis, para uso personal o comercial. Acepta la Política de usos prohibidos de Gemma de Google. Si comparte Gemma o un modelo construido a partir de él, debe transmitir estas condiciones y sus restricciones de uso.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The model could not be imported</source>
        <translation>No se pudo importar el modelo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Escriba un mensaje. Intro lo envía, Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>The messages of this chat</source>
        <translation>Los mensajes de este chat</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>Estado del modelo</translation>
    </message>
    <message>
        <source>What the model is doing</source>
        <translation>Lo que está haciendo el modelo</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Your conversations, newest first</source>
        <translation>Sus conversaciones, las más recientes primero</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search every conversation (Ctrl+F)</source>
        <translation>Buscar en todas las conversaciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Opening your conversations…</source>
        <translation>Abriendo tus conversaciones…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>No se pudo cargar el modelo</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>La respuesta falló</translation>
    </message>
    <message>
        <source>No model is loaded. Use File › Open model… to choose a GGUF file.</source>
        <translation>No hay ningún modelo cargado. Use Archivo › Abrir modelo… para elegir un archivo GGUF.</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <source>Template: automatic</source>
        <translation>Plantilla: automática</translation>
    </message>
    <message>
        <source>Llama 2</source>
        <translation>Llama 2</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>la del modelo</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto plano</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>How messages are put to this model. Automatic reads it from the model file; the choice is kept for this model.</source>
        <translation>Cómo se le presentan los mensajes a este modelo. Automática lo lee del archivo del modelo; la elección se guarda para este modelo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading the model (Esc)</source>
        <translation>Detener la carga del modelo (Esc)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Answering a program through the local API; your next message waits its turn</source>
        <translation>Respondiendo a un programa mediante la API local; su próximo mensaje espera su turno</translation>
    </message>
    <message>
        <source>Context: no model</source>
        <translation>Contexto: sin modelo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Choose the model to chat with</source>
        <translation>Elegir el modelo con el que chatear</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Plantilla del prompt</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>How far the model has loaded</source>
        <translation>Cuánto se ha cargado el modelo</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Where the model runs: CPU or GPU</source>
        <translation>Dónde se ejecuta el modelo: CPU o GPU</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Tokens used of the context window</source>
        <translation>Tokens usados de la ventana de contexto</translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation>Ningún modelo instalado</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>Abrir un archivo GGUF…</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gestionar modelos…</translation>
    </message>
    <message>
        <source>Loading %1… %p%</source>
        <translation>Cargando %1… %p%</translation>
    </message>
    <message>
        <source>Template: automatic (%1)</source>
        <translation>Plantilla: automática (%1)</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>all layers</source>
        <translation>todas las capas</translation>
    </message>
    <message>
        <source>%1 of %2 layers</source>
        <translation>%1 de %2 capas</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 capas</translation>
    </message>
    <message>
        <source>Cannot read images: %1</source>
        <translation>No puede leer imágenes: %1</translation>
    </message>
    <message>
        <source>Reads images (projector %1)</source>
        <translation>Lee imágenes (proyector %1)</translation>
    </message>
    <message>
        <source>sees images</source>
        <translation>ve imágenes</translation>
    </message>
    <message>
        <source>Prompt template: %1</source>
        <translation>Plantilla del prompt: %1</translation>
    </message>
    <message>
        <source>Settings › App › Context size sets a larger one, if memory allows.</source>
        <translation>Ajustes › Aplicación › Tamaño del contexto fija uno mayor, si la memoria lo permite.</translation>
    </message>
    <message>
        <source>Settings › App › GPU layers turns it back on.</source>
        <translation>Ajustes › Aplicación › Capas en la GPU lo vuelve a activar.</translation>
    </message>
    <message>
        <source>Its replies are capped and repetition is penalised: Settings › New chats › Models without a chat template.</source>
        <translation>Sus respuestas tienen un límite y la repetición se penaliza: Ajustes › Chats nuevos › Modelos sin plantilla de chat.</translation>
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
        <translation>Modelo borrador</translation>
    </message>
    <message>
        <source>A pool computer cannot be used</source>
        <translation>No se puede usar un equipo del grupo</translation>
    </message>
    <message>
        <source>%1 fits on this computer alone (more slowly). Load it here?</source>
        <translation>%1 cabe en este equipo solo (más lento). ¿Cargarlo aquí?</translation>
    </message>
    <message>
        <source>Load here</source>
        <translation>Cargar aquí</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>%1 does not fit on this computer alone. Start the pool on that computer again, then load the model.</source>
        <translation>%1 no cabe en este equipo solo. Vuelva a iniciar el grupo en ese equipo y después cargue el modelo.</translation>
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
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <source>Hugging Face account</source>
        <translation>Cuenta de Hugging Face</translation>
    </message>
    <message>
        <source>Embedding models</source>
        <translation>Modelos de embeddings</translation>
    </message>
    <message>
        <source>Llama 2 chat models in every size and quantization. This computer has %1 of memory; the recommended model fits it comfortably.</source>
        <translation>Modelos de chat Llama 2 en todos los tamaños y cuantizaciones. Este equipo tiene %1 de memoria; el modelo recomendado cabe holgadamente.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Memoria necesaria</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <source>Speed here</source>
        <translation>Velocidad aquí</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Cabe</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Justo</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
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
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Embedding models turn your documents into searchable vectors for Documents › Collections…. Their licenses ask for no acceptance.</source>
        <translation>Los modelos de embeddings hacen que sus documentos se puedan buscar en Documentos › Colecciones…. Sus licencias no piden aceptación.</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendados</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Bueno para</translation>
    </message>
    <message>
        <source>Llama 2 first, then current models for people who would rather not search: each with its licence, how it fits this computer and the speed to expect. Llama and Gemma ask you to accept their licence first.</source>
        <translation>Primero Llama 2, luego modelos actuales para quien prefiera no buscar: cada uno con su licencia, cómo encaja en este equipo y la velocidad esperada. Llama y Gemma le piden primero aceptar su licencia.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Demasiado grande para este equipo</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory, more than this computer has. Download it anyway?</source>
        <translation>%1 necesita unos %2 de memoria, más de la que tiene este equipo. ¿Descargarlo de todos modos?</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
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
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after LlamaDesk restarts; every byte is checked against the Hub&apos;s SHA-256.</source>
        <translation>Las descargas continúan donde se detuvieron, incluso tras reiniciar LlamaDesk; cada byte se comprueba con el SHA-256 del Hub.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Faster replies…</source>
        <translation>Respuestas más rápidas…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>Importar un GGUF…</translation>
    </message>
    <message>
        <source>Drop .gguf files here to import them.</source>
        <translation>Suelte aquí archivos .gguf para importarlos.</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Used in place</source>
        <translation>Usado en su sitio</translation>
    </message>
    <message>
        <source>Opened from %1</source>
        <translation>Abierto desde %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Remove %1 from the list? The file stays where it is.</source>
        <translation>¿Quitar %1 de la lista? El archivo se queda donde está.</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Eliminar el modelo</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Conversations made with it stay.</source>
        <translation>¿Eliminar %1 (%2)? Las conversaciones hechas con él se conservan.</translation>
    </message>
    <message>
        <source>%1 is intact.</source>
        <translation>%1 está intacto.</translation>
    </message>
    <message>
        <source>%1 does not match its checksum: delete it and download it again.</source>
        <translation>%1 no coincide con su suma de comprobación: elimínelo y descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <source>Checking %1… %p%</source>
        <translation>Comprobando %1… %p%</translation>
    </message>
    <message>
        <source>The model could not be imported</source>
        <translation>No se pudo importar el modelo</translation>
    </message>
</context>
<context>
    <name>NewCollectionDialog</name>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Nombre de la colección</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <source>Another GGUF file…</source>
        <translation>Otro archivo GGUF…</translation>
    </message>
    <message>
        <source>Download one…</source>
        <translation>Descargar uno…</translation>
    </message>
    <message>
        <source>Choose an embedding model</source>
        <translation>Elige un modelo de embeddings</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>Modelo de embeddings:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>An embedding model turns passages into vectors, so that a question finds them by meaning.</source>
        <translation>Un modelo de embeddings convierte los pasajes en vectores, para que una pregunta los encuentre por su significado.</translation>
    </message>
    <message>
        <source>No embedding model is installed yet: download one, or choose a GGUF file.</source>
        <translation>Todavía no hay ningún modelo de embeddings instalado: descarga uno o elige un archivo GGUF.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 is a chat model: it writes replies, it does not turn text into vectors for search. Choose an embedding model (Models › Embedding models has some).</source>
        <translation>%1 es un modelo de chat: escribe respuestas, no convierte el texto en vectores para buscar. Elige un modelo de embeddings (Modelos › Modelos de embeddings tiene algunos).</translation>
    </message>
    <message>
        <source>%1 does not say it is an embedding model (its file names no pooling). It may find passages poorly.</source>
        <translation>%1 no indica que sea un modelo de embeddings (su archivo no nombra ningún pooling). Puede encontrar mal los pasajes.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Añadir una carpeta</translation>
    </message>
    <message>
        <source>Give the collection a name and an existing folder.</source>
        <translation>Dale a la colección un nombre y una carpeta existente.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste tool servers</source>
        <translation>Pegar servidores de herramientas</translation>
    </message>
    <message>
        <source>Paste the “mcpServers” block from another app&apos;s configuration:</source>
        <translation>Pegue el bloque «mcpServers» de la configuración de otra aplicación:</translation>
    </message>
</context>
<context>
    <name>PoolLending</name>
    <message>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1 GB of memory</source>
        <translation>%1 GB de memoria</translation>
    </message>
    <message>
        <source>its free memory</source>
        <translation>su memoria libre</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>Lending this computer (%1) on port %2. Connected: %3.</source>
        <translation>Prestando este equipo (%1) en el puerto %2. Conectados: %3.</translation>
    </message>
    <message>
        <source>it stopped unexpectedly</source>
        <translation>se detuvo inesperadamente</translation>
    </message>
    <message>
        <source>Not lending: %1</source>
        <translation>Sin préstamo: %1</translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>Esta versión del motor de LlamaDesk no tiene backend RPC, así que no puede agrupar ordenadores.</translation>
    </message>
    <message>
        <source>Lend this computer</source>
        <translation>Prestar este equipo</translation>
    </message>
    <message>
        <source>Let computers paired with this one run part of their models here</source>
        <translation>Permitir que los equipos emparejados ejecuten aquí parte de sus modelos</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>Todas las redes de este equipo (0.0.0.0)</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Solo este equipo (127.0.0.1)</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>All that is free</source>
        <translation>Toda la libre</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de emparejamiento</translation>
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
        <translation>Código nuevo</translation>
    </message>
    <message>
        <source>Computers paired with the old code must be paired again</source>
        <translation>Los equipos emparejados con el código anterior deberán emparejarse de nuevo</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this code lasts until LlamaDesk quits.</source>
        <translation>Este equipo no tiene llavero, así que este código dura hasta que LlamaDesk se cierre.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escuchar en:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Memory lent:</source>
        <translation>Memoria prestada:</translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation>Código de emparejamiento:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Use other computers</source>
        <translation>Usar otros equipos</translation>
    </message>
    <message>
        <source>Spread models over these computers when loading</source>
        <translation>Repartir los modelos entre estos equipos al cargarlos</translation>
    </message>
    <message>
        <source>Pool computers</source>
        <translation>Equipos del grupo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Address of the computer to add</source>
        <translation>Dirección del equipo que se añadirá</translation>
    </message>
    <message>
        <source>Its pairing code</source>
        <translation>Su código de emparejamiento</translation>
    </message>
    <message>
        <source>Pairing code of the computer to add</source>
        <translation>Código de emparejamiento del equipo que se añadirá</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Añadir:</translation>
    </message>
    <message>
        <source>On the other computer, turn on Lend this computer (or run `llamadesk pool serve`), then enter its address and the code it shows. Loading a model pairs with each computer.</source>
        <translation>En el otro equipo, active «Prestar este equipo» (o ejecute `llamadesk pool serve`) y escriba aquí su dirección y el código que muestra. Al cargar un modelo se empareja con cada equipo.</translation>
    </message>
</context>
<context>
    <name>ProjectorQuestion</name>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>%1 looks like a vision model, but its projector is not beside it, so it cannot read images. Choose the projector now?</source>
        <translation>%1 parece un modelo de visión, pero su proyector no está a su lado, así que no puede leer imágenes. ¿Elegir el proyector ahora?</translation>
    </message>
    <message>
        <source>The projector is an mmproj….gguf file from the same repository as the model. Not now: LlamaDesk will not ask again; a projector put beside the model later is found by itself.</source>
        <translation>El proyector es un archivo mmproj….gguf del mismo repositorio que el modelo. Ahora no: LlamaDesk no volverá a preguntar; un proyector puesto después junto al modelo se encuentra solo.</translation>
    </message>
    <message>
        <source>Choose the projector…</source>
        <translation>Elegir el proyector…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Choose the projector</source>
        <translation>Elegir el proyector</translation>
    </message>
    <message>
        <source>Projectors (mmproj*.gguf *.gguf)</source>
        <translation>Proyectores (mmproj*.gguf *.gguf)</translation>
    </message>
</context>
<context>
    <name>SamplingEditor</name>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation>Por ejemplo: Responde brevemente, en español sencillo.</translation>
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
        <translation>Creativo</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>Prompt del sistema:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
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
        <translation>Top-k (0: desactivado):</translation>
    </message>
    <message>
        <source>Min-p:</source>
        <translation>Min-p:</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>Penalización por repetición:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Sampling preset</source>
        <translation>Preajuste de muestreo</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a tool server</source>
        <translation>Añadir un servidor de herramientas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Comando:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Límite de tiempo:</translation>
    </message>
    <message>
        <source>Each environment line is NAME=VALUE.</source>
        <translation>Cada línea del entorno es NOMBRE=VALOR.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Esta conversación</translation>
    </message>
    <message>
        <source>New chats</source>
        <translation>Chats nuevos</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>Servidor API</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Models without a chat template</source>
        <translation>Modelos sin plantilla de chat</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Longest reply:</source>
        <translation>Respuesta más larga:</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>Penalización por repetición:</translation>
    </message>
    <message>
        <source>A base model continues text as written and may repeat itself without end. A conversation&apos;s own repeat penalty, when not 1.00, is kept.</source>
        <translation>Un modelo base continúa el texto tal cual y puede repetirse sin fin. La penalización por repetición propia de una conversación, si no es 1,00, se mantiene.</translation>
    </message>
    <message>
        <source>Keep attached images as they came (otherwise at the size the model reads, which takes less space)</source>
        <translation>Conservar las imágenes adjuntas tal como llegaron (si no, al tamaño que lee el modelo, que ocupa menos espacio)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Tamaño del sistema</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter for a new line</source>
        <translation>Intro envía, Mayús+Intro para una línea nueva</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter for a new line</source>
        <translation>Ctrl+Intro envía, Intro para una línea nueva</translation>
    </message>
    <message>
        <source>Automatic: as many layers as fit on the GPU</source>
        <translation>Automático: tantas capas como quepan en la GPU</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Todas las capas</translation>
    </message>
    <message>
        <source>With several GPUs: which one holds the model (0 is the first; `llamadesk info` lists them).</source>
        <translation>Con varias GPU: cuál aloja el modelo (0 es la primera; `llamadesk info` las enumera).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Automatic: every core reads the prompt, and all but one write the reply, so the window stays smooth while it streams.</source>
        <translation>Automático: todos los núcleos leen el prompt y todos menos uno escriben la respuesta, para que la ventana siga fluida mientras se transmite.</translation>
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
        <translation>Tamaño de letra:</translation>
    </message>
    <message>
        <source>Send with:</source>
        <translation>Enviar con:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>GPU layers:</source>
        <translation>Capas en GPU:</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>GPU: this build of LlamaDesk runs on the CPU only (it has no GPU support).</source>
        <translation>GPU: esta versión de LlamaDesk funciona solo en la CPU (no admite GPU).</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Hilos:</translation>
    </message>
    <message>
        <source>Context size:</source>
        <translation>Tamaño del contexto:</translation>
    </message>
    <message>
        <source>Threads and context size apply when a model is next loaded. A new language applies after a restart.</source>
        <translation>Los hilos y el tamaño del contexto se aplican al cargar el siguiente modelo. Un idioma nuevo se aplica tras reiniciar.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudieron guardar los ajustes: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Nueva línea en el mensaje</translation>
    </message>
    <message>
        <source>Stop the reply; clear the search</source>
        <translation>Detener la respuesta; borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar en las conversaciones</translation>
    </message>
    <message>
        <source>Delete the chosen conversation</source>
        <translation>Eliminar la conversación elegida</translation>
    </message>
    <message>
        <source>Delete (in the list)</source>
        <translation>Supr (en la lista)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
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
        <translation>Respuestas más rápidas: %1</translation>
    </message>
    <message>
        <source>LlamaDesk can guess the next few words and have the model check them all at once. The reply is the one the model writes without guessing; it comes sooner where text repeats: rewriting, fixing code, summarising, quoting documents. Automatic guesses only while it pays on this computer.</source>
        <translation>LlamaDesk puede adivinar las siguientes palabras y hacer que el modelo las compruebe todas a la vez. La respuesta es la que el modelo escribe sin adivinar; llega antes donde el texto se repite: reescribir, corregir código, resumir, citar documentos. «Automático» solo adivina mientras compensa en este ordenador.</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automático (recomendado)</translation>
    </message>
    <message>
        <source>Guess from the conversation, always</source>
        <translation>Adivinar siempre a partir de la conversación</translation>
    </message>
    <message>
        <source>Guess with a draft model</source>
        <translation>Adivinar con un modelo borrador</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>A small model of the same family (the same vocabulary), such as a 0.5B or 1B model of the same series</source>
        <translation>Un modelo pequeño de la misma familia (el mismo vocabulario), como un modelo de 0,5B o 1B de la misma serie</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>No draft chosen</source>
        <translation>Ningún borrador elegido</translation>
    </message>
    <message>
        <source>The most tokens guessed at once</source>
        <translation>Máximo de tokens adivinados a la vez</translation>
    </message>
    <message>
        <source>Guessing:</source>
        <translation>Adivinar:</translation>
    </message>
    <message>
        <source>Draft model:</source>
        <translation>Modelo borrador:</translation>
    </message>
    <message>
        <source>Tokens at once:</source>
        <translation>Tokens a la vez:</translation>
    </message>
    <message>
        <source>Choose a draft model</source>
        <translation>Elegir un modelo borrador</translation>
    </message>
    <message>
        <source>Choose the draft model, or another way of guessing.</source>
        <translation>Elija el modelo borrador u otra forma de adivinar.</translation>
    </message>
</context>
<context>
    <name>Strengths</name>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>many languages</source>
        <translation>muchos idiomas</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>razonamiento</translation>
    </message>
    <message>
        <source>small and fast</source>
        <translation>pequeño y rápido</translation>
    </message>
    <message>
        <source>thinks first</source>
        <translation>piensa primero</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>herramientas</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
</context>
<context>
    <name>ThinkToggle</name>
    <message>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>How much this model thinks before it answers, in this conversation</source>
        <translation>Cuánto piensa este modelo antes de responder, en esta conversación</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
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
        <translation>Pensó durante %1</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Pensó</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrumpido)</translation>
    </message>
    <message>
        <source>Show or hide how the model thought</source>
        <translation>Mostrar u ocultar cómo pensó el modelo</translation>
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
        <translation>hecho</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>Show or hide what was sent and what came back</source>
        <translation>Mostrar u ocultar lo enviado y lo recibido</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <source>Came back:</source>
        <translation>Respuesta:</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tool servers</source>
        <translation>Servidores de herramientas</translation>
    </message>
    <message>
        <source>The server&apos;s state and the end of its log</source>
        <translation>El estado del servidor y el final de su registro</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Paste JSON…</source>
        <translation>&amp;Pegar JSON…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Re&amp;iniciar</translation>
    </message>
    <message>
        <source>Most rounds of tool calls in one reply</source>
        <translation>Máximo de rondas de llamadas a herramientas en una respuesta</translation>
    </message>
    <message>
        <source>Programs on this computer that give the model tools (MCP servers). A conversation uses them when its Tools switch is on, and you are asked before each call.</source>
        <translation>Programas de este equipo que dan herramientas al modelo (servidores MCP). Una conversación los usa cuando su interruptor Herramientas está activado, y se le pregunta antes de cada llamada.</translation>
    </message>
    <message>
        <source>Most rounds of calls in one reply:</source>
        <translation>Máximo de rondas de llamadas por respuesta:</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciado</translation>
    </message>
</context>
<context>
    <name>ToolsToggle</name>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Let the model call your tool servers in this conversation (you are asked before each call)</source>
        <translation>Dejar que el modelo llame a sus servidores de herramientas en esta conversación (se le pregunta antes de cada llamada)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LlamaDesk</source>
        <translation>Bienvenido a LlamaDesk</translation>
    </message>
    <message>
        <source>Chat with Llama 2 on this computer. After one download, nothing you write leaves it.</source>
        <translation>Chatee con Llama 2 en este equipo. Tras una sola descarga, nada de lo que escriba sale de él.</translation>
    </message>
    <message>
        <source>Read the license and download</source>
        <translation>Leer la licencia y descargar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer:&lt;/b&gt; %1 (%2), a %3 download that needs about %4 of memory.</source>
        <translation>&lt;b&gt;Recomendado para este equipo:&lt;/b&gt; %1 (%2), una descarga de %3 que necesita unos %4 de memoria.</translation>
    </message>
    <message>
        <source>Expected speed here: about %1 tokens a second; bigger models would be slower.</source>
        <translation>Velocidad esperada aquí: unos %1 tokens por segundo; los modelos más grandes serían más lentos.</translation>
    </message>
    <message>
        <source>No Llama 2 model fits this computer&apos;s memory comfortably. You can still choose one, or import a smaller GGUF model.</source>
        <translation>Ningún modelo Llama 2 cabe holgadamente en la memoria de este equipo. Aun así puede elegir uno o importar un modelo GGUF más pequeño.</translation>
    </message>
    <message>
        <source>Other models…</source>
        <translation>Otros modelos…</translation>
    </message>
    <message>
        <source>Llama 3.x, Qwen3, Gemma 3 and more, or search the Hugging Face Hub</source>
        <translation>Llama 3.x, Qwen3, Gemma 3 y más, o buscar en el Hub de Hugging Face</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>Importar un GGUF…</translation>
    </message>
    <message>
        <source>Use the selected model</source>
        <translation>Usar el modelo seleccionado</translation>
    </message>
    <message>
        <source>Models already on this computer (Hugging Face cache, LM Studio):</source>
        <translation>Modelos que ya están en este equipo (caché de Hugging Face, LM Studio):</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3, %4, %5 left</source>
        <translation>Descargando %1: %2 de %3, %4, quedan %5</translation>
    </message>
    <message>
        <source>Downloaded and checked. Loading…</source>
        <translation>Descargado y comprobado. Cargando…</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>La descarga falló.</translation>
    </message>
    <message>
        <source>Paused. Resume it from Models › Downloads.</source>
        <translation>En pausa. Reanúdela desde Modelos › Descargas.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exportar conversación…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>Exportar &amp;todas las conversaciones…</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importar conversaciones…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>&amp;Editar el último mensaje</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>&amp;Regenerar respuesta</translation>
    </message>
    <message>
        <source>&amp;Continue reply</source>
        <translation>&amp;Continuar respuesta</translation>
    </message>
    <message>
        <source>&amp;Previous version of the reply</source>
        <translation>Versión &amp;anterior de la respuesta</translation>
    </message>
    <message>
        <source>&amp;Next version of the reply</source>
        <translation>Versión &amp;siguiente de la respuesta</translation>
    </message>
</context>
<context>
    <name>_Start</name>
    <message>
        <source>LlamaDesk could not start: %1. Details are in the log file.</source>
        <translation>LlamaDesk no pudo iniciarse: %1. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>_Thumb</name>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4)</source>
        <translation>%1 (%2 × %3, %4)</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>Imagen adjunta %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>LlamaDesk encontró un error</translation>
    </message>
    <message>
        <source>Something went wrong inside LlamaDesk. Your conversations are saved. The details below are also in the log file; please include them in a bug report.</source>
        <translation>Algo falló dentro de LlamaDesk. Sus conversaciones están guardadas. Los detalles de abajo también están en el archivo de registro; inclúyalos en su informe de error.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The history file is damaged (SQLite finds it malformed). LlamaDesk has not changed it. Move history.sqlite3 out of the data folder to start afresh, or put back a backup from the same folder (history.sqlite3.before-….bak).</source>
        <translation>El archivo del historial está dañado (SQLite lo considera mal formado). LlamaDesk no lo ha cambiado. Saque history.sqlite3 de la carpeta de datos para empezar de nuevo, o vuelva a poner una copia de seguridad de la misma carpeta (history.sqlite3.before-….bak).</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (it holds %2), so LlamaDesk left it as it is. Move it out of the data folder, or choose another data folder.</source>
        <translation>%1 es la base de datos de otro programa (contiene %2), así que LlamaDesk la ha dejado como estaba. Sáquela de la carpeta de datos o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>This history was written by a newer LlamaDesk (history format %1; this version reads up to %2). Nothing was changed: update LlamaDesk to open it.</source>
        <translation>Este historial lo escribió una versión más reciente de LlamaDesk (formato %1; esta versión lee hasta %2). No se ha cambiado nada: actualice LlamaDesk para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is damaged: its setting %2 is %3, which no model can have. Download the model again, or ask whoever made the file.</source>
        <translation>%1 está dañado: su ajuste %2 es %3, algo que ningún modelo puede tener. Vuelva a descargar el modelo o consulte a quien creó el archivo.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for a system prompt, so the system prompt is put at the start of the first message.</source>
        <translation>La plantilla de chat de este modelo no tiene sitio para un prompt de sistema, así que el prompt de sistema se pone al principio del primer mensaje.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), so LlamaDesk uses llama.cpp&apos;s built-in “%2” format, which it matches.</source>
        <translation>No se pudo usar la plantilla de chat de este modelo (%1), así que LlamaDesk usa el formato integrado «%2» de llama.cpp, que le corresponde.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), and it matches none of llama.cpp&apos;s built-in formats, so the conversation is sent as plain text. Replies may be poorer.</source>
        <translation>No se pudo usar la plantilla de chat de este modelo (%1) y no coincide con ningún formato integrado de llama.cpp, así que la conversación se envía como texto sin formato. Las respuestas pueden ser peores.</translation>
    </message>
    <message>
        <source>%1 cannot read images: %2</source>
        <translation>%1 no puede leer imágenes: %2</translation>
    </message>
    <message>
        <source>Only a reply can be regenerated.</source>
        <translation>Solo se puede regenerar una respuesta.</translation>
    </message>
    <message>
        <source>This reply has no message to answer.</source>
        <translation>Esta respuesta no tiene ningún mensaje al que responder.</translation>
    </message>
    <message>
        <source>This message and its images do not fit the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Send fewer images, shorten the message, or raise the context size.</source>
        <translation>Este mensaje y sus imágenes no caben en la ventana de contexto del modelo: el prompt necesita %1 tokens y la ventana admite %2, con %3 reservados para la respuesta. Envíe menos imágenes, acorte el mensaje o aumente el tamaño del contexto.</translation>
    </message>
    <message>
        <source>This message is too long for the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Shorten the message or the system prompt, or raise the context size.</source>
        <translation>Este mensaje es demasiado largo para la ventana de contexto del modelo: el prompt necesita %1 tokens y la ventana admite %2, con %3 reservados para la respuesta. Acorte el mensaje o el prompt del sistema, o aumente el tamaño del contexto.</translation>
    </message>
    <message>
        <source>The model file does not exist: %1</source>
        <translation>El archivo del modelo no existe: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a model file.</source>
        <translation>%1 es una carpeta, no un archivo de modelo.</translation>
    </message>
    <message>
        <source>The model file could not be read: %1.</source>
        <translation>No se pudo leer el archivo del modelo: %1.</translation>
    </message>
    <message>
        <source>%1 is not a GGUF model file. LlamaDesk runs .gguf models, such as those in TheBloke/Llama-2-7B-Chat-GGUF.</source>
        <translation>%1 no es un archivo de modelo GGUF. LlamaDesk ejecuta modelos .gguf, como los de TheBloke/Llama-2-7B-Chat-GGUF.</translation>
    </message>
    <message>
        <source>%1 uses GGUF version %2, which this LlamaDesk cannot read (it reads versions %3).</source>
        <translation>%1 usa la versión %2 de GGUF, que este LlamaDesk no puede leer (lee las versiones %3).</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. It should hold at least %2 bytes but has %3. The download was probably cut off: download it again.</source>
        <translation>%1 está incompleto o dañado. Debería tener al menos %2 bytes pero tiene %3. Seguramente la descarga se cortó: descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. The download was probably cut off: download it again.</source>
        <translation>%1 está incompleto o dañado. Seguramente la descarga se cortó: descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>llama.cpp could not load %1 (architecture &apos;%2&apos;). The architecture may be unsupported by this version of LlamaDesk, or the file may be damaged.</source>
        <translation>llama.cpp no pudo cargar %1 (arquitectura «%2»). Puede que esta versión de LlamaDesk no admita la arquitectura o que el archivo esté dañado.</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory on this computer even with the pool&apos;s help, but only %3 is free. Add a worker, or close other programs.</source>
        <translation>%1 necesita unos %2 de memoria en este ordenador incluso con la ayuda del grupo, pero solo hay %3 libres. Añada un equipo o cierre otros programas.</translation>
    </message>
    <message>
        <source>Pooled: %1 of %2 layers run on %3.</source>
        <translation>En grupo: %1 de %2 capas se ejecutan en %3.</translation>
    </message>
    <message>
        <source>Context: %1 tokens, LlamaDesk&apos;s default (the model takes up to %2).</source>
        <translation>Contexto: %1 tokens, el predeterminado de LlamaDesk (el modelo admite hasta %2).</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory (at a context of %3 tokens), but only %4 is free. Close other programs, or choose a smaller model or quantization.</source>
        <translation>%1 necesita unos %2 de memoria (con un contexto de %3 tokens), pero solo hay %4 libres. Cierre otros programas o elija un modelo o una cuantización más pequeños.</translation>
    </message>
    <message>
        <source>Running on the CPU: this build of llama.cpp has no GPU support.</source>
        <translation>Se ejecuta en la CPU: esta compilación de llama.cpp no admite GPU.</translation>
    </message>
    <message>
        <source>Running on the CPU: no %1 GPU was found.</source>
        <translation>Se ejecuta en la CPU: no se encontró ninguna GPU %1.</translation>
    </message>
    <message>
        <source>Running on the CPU: GPU offload is turned off.</source>
        <translation>Funcionando en la CPU: la descarga en la GPU está desactivada.</translation>
    </message>
    <message>
        <source>Running on the CPU: the model does not fit in the free memory of %1 (%2 free).</source>
        <translation>Se ejecuta en la CPU: el modelo no cabe en la memoria libre de %1 (%2 libres).</translation>
    </message>
    <message>
        <source>%1 of %2 layers fit on %3; the rest run on the CPU, which is slower.</source>
        <translation>%1 de %2 capas caben en %3; el resto se ejecuta en la CPU, más despacio.</translation>
    </message>
    <message>
        <source>The context window was lowered from %1 to %2 tokens because memory is short.</source>
        <translation>La ventana de contexto se redujo de %1 a %2 tokens porque falta memoria.</translation>
    </message>
    <message>
        <source>Loading onto %1 failed, so the model runs on the CPU instead, which is slower.</source>
        <translation>La carga en %1 falló, así que el modelo se ejecuta en la CPU, más despacio.</translation>
    </message>
    <message>
        <source>Not a chat model: text is continued as written.</source>
        <translation>No es un modelo de chat: el texto se continúa tal como está escrito.</translation>
    </message>
    <message>
        <source>The model failed while answering: %1</source>
        <translation>El modelo falló al responder: %1</translation>
    </message>
    <message>
        <source>Replies are sped up by prompt lookup instead.</source>
        <translation>En su lugar, las respuestas se aceleran adivinando a partir de la conversación.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, so the reply stops here; it is kept, marked interrupted. Load the model again to go on.</source>
        <translation>El equipo %1 dejó de responder, así que la respuesta termina aquí; se conserva, marcada como interrumpida. Vuelva a cargar el modelo para continuar.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering while the model loaded.</source>
        <translation>El equipo %1 dejó de responder mientras se cargaba el modelo.</translation>
    </message>
    <message>
        <source>no projector was loaded with it.</source>
        <translation>no se cargó ningún proyector con él.</translation>
    </message>
    <message>
        <source>it is not a vision model, or its projector file (mmproj….gguf) is not beside it.</source>
        <translation>no es un modelo de visión, o su archivo de proyector (mmproj….gguf) no está a su lado.</translation>
    </message>
    <message>
        <source>this build of the engine has no image support (libmtmd).</source>
        <translation>esta compilación del motor no admite imágenes (libmtmd).</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub.</source>
        <translation>Se rechaza el nombre de archivo %1 que envía el Hub.</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub: it points outside the models folder.</source>
        <translation>Se rechaza el nombre de archivo %1 que envía el Hub: apunta fuera de la carpeta de modelos.</translation>
    </message>
    <message>
        <source>Not enough free disk space for %1: it needs %2 more, and only %3 is free in %4.</source>
        <translation>No hay espacio libre suficiente para %1: necesita %2 más y solo hay %3 libres en %4.</translation>
    </message>
    <message>
        <source>The download of %1 kept failing (%2). What arrived is kept: try again to resume.</source>
        <translation>La descarga de %1 falló una y otra vez (%2). Lo recibido se conserva: vuelva a intentarlo para continuar.</translation>
    </message>
    <message>
        <source>The Hub refused the download (%1): check your token and that your account has access to this model.</source>
        <translation>El Hub rechazó la descarga (%1): compruebe su token y que su cuenta tenga acceso a este modelo.</translation>
    </message>
    <message>
        <source>The file is no longer on the Hub.</source>
        <translation>El archivo ya no está en el Hub.</translation>
    </message>
    <message>
        <source>The Hub answered %1.</source>
        <translation>El Hub respondió %1.</translation>
    </message>
    <message>
        <source>%1 arrived damaged and was deleted: expected %2 bytes with SHA-256 %3, received %4 bytes with SHA-256 %5. Download it again.</source>
        <translation>%1 llegó dañado y se eliminó: se esperaban %2 bytes con SHA-256 %3 y se recibieron %4 bytes con SHA-256 %5. Descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk filled up during the download. Free some space and try again: it resumes.</source>
        <translation>El disco se llenó durante la descarga. Libere espacio y vuelva a intentarlo: continuará donde se quedó.</translation>
    </message>
    <message>
        <source>The download could not be written to the disk (%1). Try again: it resumes.</source>
        <translation>No se pudo escribir la descarga en el disco (%1). Vuelve a intentarlo: se reanudará.</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set, so LlamaDesk will not contact the Hub. Unset it to download or check models.</source>
        <translation>HF_HUB_OFFLINE está definida, así que LlamaDesk no contactará con el Hub. Quítela para descargar o comprobar modelos.</translation>
    </message>
    <message>
        <source>The Hub could not be reached: %1</source>
        <translation>No se pudo conectar con el Hub: %1</translation>
    </message>
    <message>
        <source>There is no model %1 on the Hub.</source>
        <translation>No existe el modelo %1 en el Hub.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached from this computer now, so models cannot be searched or downloaded; everything else works offline.</source>
        <translation>No se puede acceder ahora al Hub de Hugging Face desde este equipo, así que no se pueden buscar ni descargar modelos; todo lo demás funciona sin conexión.</translation>
    </message>
    <message>
        <source>%1 is gated: its owner shares it with signed-in accounts that ask for access on its page. Add a Hugging Face token, ask for access, then open it again (`llamadesk models access %1` says which step is missing).</source>
        <translation>%1 tiene acceso restringido: su propietario lo comparte con las cuentas con sesión iniciada que piden acceso en su página. Añada un token de Hugging Face, pida acceso y vuelva a abrirlo (`llamadesk models access %1` indica qué paso falta).</translation>
    </message>
    <message>
        <source>%1 is gated and your Hugging Face account has no access yet: ask for it on the repository&apos;s page, then open it again (`llamadesk models access %1` says what the Hub answers).</source>
        <translation>%1 tiene acceso restringido y su cuenta de Hugging Face aún no tiene acceso: pídalo en la página del repositorio y vuelva a abrirlo (`llamadesk models access %1` muestra lo que responde el Hub).</translation>
    </message>
    <message>
        <source>part %1 of %2 is missing from the repo</source>
        <translation>falta la parte %1 de %2 en el repositorio</translation>
    </message>
    <message>
        <source>%1 is gated and this account has no access: ask for it on the repository&apos;s page, or run `llamadesk models access %1` for what to do.</source>
        <translation>%1 tiene acceso restringido y esta cuenta no tiene acceso: solicítelo en la página del repositorio o ejecute `llamadesk models access %1` para saber qué hacer.</translation>
    </message>
    <message>
        <source>%1 is not in %2, or the Hub gave no hash for it.</source>
        <translation>%1 no está en %2, o el Hub no dio su hash.</translation>
    </message>
    <message>
        <source>%1 cannot be downloaded: %2.</source>
        <translation>%1 no se puede descargar: %2.</translation>
    </message>
    <message>
        <source>%1 changed on the Hub since it was listed (its size or hash is not the same): look at the repository again.</source>
        <translation>%1 cambió en el Hub desde que se listó (su tamaño o su hash no coinciden): vuelva a mirar el repositorio.</translation>
    </message>
    <message>
        <source>The projector could not be copied beside the model: %1</source>
        <translation>No se pudo copiar el proyector junto al modelo: %1</translation>
    </message>
    <message>
        <source>%1 is already in the models folder.</source>
        <translation>%1 ya está en la carpeta de modelos.</translation>
    </message>
    <message>
        <source>%1 is loaded. Load another model or close it first.</source>
        <translation>%1 está cargado. Cargue antes otro modelo o ciérrelo.</translation>
    </message>
    <message>
        <source>No installed model has the id %1 (see `llamadesk models list`).</source>
        <translation>Ningún modelo instalado tiene el id %1 (vea `llamadesk models list`).</translation>
    </message>
    <message>
        <source>The list of installed models is damaged (%1).</source>
        <translation>La lista de modelos instalados está dañada (%1).</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>El token está vacío.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring (on Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet), so LlamaDesk cannot keep the token safely. It never writes tokens to disk in plain text: use it for this session only, or set HF_TOKEN yourself.</source>
        <translation>Este equipo no tiene un llavero utilizable (en Linux, instale y desbloquee un Secret Service como GNOME Keyring o KWallet), así que LlamaDesk no puede guardar el token de forma segura. Nunca escribe tokens en el disco en texto plano: úselo solo en esta sesión o defina HF_TOKEN usted mismo.</translation>
    </message>
    <message>
        <source>The keyring refused the token (%1). Unlock it and try again.</source>
        <translation>El llavero rechazó el token (%1). Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so the history could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>El disco está lleno, así que no se pudo guardar el historial. Libere espacio y vuelva a intentarlo; no se perdió nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>The history file is locked by another program (is LlamaDesk open twice?).</source>
        <translation>Otro programa tiene bloqueado el archivo de historial (¿está LlamaDesk abierto dos veces?).</translation>
    </message>
    <message>
        <source>The history file could not be opened. Check that its folder exists and is writable.</source>
        <translation>No se pudo abrir el archivo de historial. Compruebe que su carpeta existe y se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The history file is read-only.</source>
        <translation>El archivo de historial es de solo lectura.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving the history.</source>
        <translation>El disco informó de un error al guardar el historial.</translation>
    </message>
    <message>
        <source>The history file is damaged or is not a LlamaDesk database.</source>
        <translation>El archivo de historial está dañado o no es una base de datos de LlamaDesk.</translation>
    </message>
    <message>
        <source>The history file could not be read: %1</source>
        <translation>No se pudo leer el archivo del historial: %1</translation>
    </message>
    <message>
        <source>This history needs an update (format %1 to %2), which its read-only folder does not allow. Make the folder writable, then try again.</source>
        <translation>Este historial necesita una actualización (formato %1 a %2) que su carpeta de solo lectura no permite. Haga que la carpeta admita escritura e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The history folder could not be created: %1</source>
        <translation>No se pudo crear la carpeta del historial: %1</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 no es JSON válido (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 no se puede importar: %2.</translation>
    </message>
    <message>
        <source>LlamaDesk cannot write to its data folder %1 (%2). Reading commands (list, search, export) still work; for anything else, make the folder writable or choose another with --data-dir.</source>
        <translation>LlamaDesk no puede escribir en su carpeta de datos %1 (%2). Los comandos de lectura (list, search, export) siguen funcionando; para lo demás, haga que la carpeta admita escritura o elija otra con --data-dir.</translation>
    </message>
    <message>
        <source>Another LlamaDesk is using the data in %1. Close it first, or choose another folder with --data-dir.</source>
        <translation>Otro LlamaDesk está usando los datos de %1. Ciérrelo primero o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation>No existe ninguna conversación con el id %1.</translation>
    </message>
    <message>
        <source>The image %1 is not in the history.</source>
        <translation>La imagen %1 no está en el historial.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited; regenerate a reply instead.</source>
        <translation>Solo se pueden editar sus propios mensajes; regenere la respuesta en su lugar.</translation>
    </message>
    <message>
        <source>There is no reply with id %1.</source>
        <translation>No existe ninguna respuesta con el id %1.</translation>
    </message>
    <message>
        <source>There is no message with id %1.</source>
        <translation>No existe ningún mensaje con el id %1.</translation>
    </message>
    <message>
        <source>LlamaDesk cannot use its data folder %1: %2.</source>
        <translation>LlamaDesk no puede usar su carpeta de datos %1: %2.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be used: %1</source>
        <translation>Este esquema JSON no se puede usar: %1</translation>
    </message>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>No se pudo leer el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>The model is busy with other requests. Try again shortly.</source>
        <translation>El modelo está ocupado con otras solicitudes. Inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, and %2 does not fit on this computer alone. Start the pool on that computer again, then restart `llamadesk serve`.</source>
        <translation>El equipo %1 dejó de responder y %2 no cabe en este equipo solo. Vuelva a iniciar el grupo en ese equipo y después reinicie `llamadesk serve`.</translation>
    </message>
    <message>
        <source>The window chooses the model; the API cannot load another.</source>
        <translation>La ventana elige el modelo; la API no puede cargar otro.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while loading %1: %2. The model was not loaded again.</source>
        <translation>LlamaDesk se cerró inesperadamente al cargar %1: %2. El modelo no se volvió a cargar.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while %1 was answering: %2. The model was not loaded again.</source>
        <translation>LlamaDesk se cerró inesperadamente mientras %1 respondía: %2. El modelo no se volvió a cargar.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while indexing documents with %1: %2. The model was not loaded again.</source>
        <translation>LlamaDesk se cerró inesperadamente al indexar documentos con %1: %2. El modelo no se volvió a cargar.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while loading %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>LlamaDesk fue detenido desde fuera al cargar %1 (quizá por falta de memoria). El modelo no se volvió a cargar.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while %1 was answering (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>LlamaDesk fue detenido desde fuera mientras %1 respondía (quizá por falta de memoria). El modelo no se volvió a cargar.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while indexing documents with %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>LlamaDesk fue detenido desde fuera al indexar documentos con %1 (quizá por falta de memoria). El modelo no se volvió a cargar.</translation>
    </message>
    <message>
        <source>The safe settings run it on the CPU only, with the engine configuration below the one that crashed.</source>
        <translation>Los ajustes seguros lo ejecutan solo en la CPU, con la configuración del motor inferior a la que falló.</translation>
    </message>
    <message>
        <source>llama.cpp crashed on this computer with %1 in every configuration LlamaDesk tried (%2). The model was not loaded.</source>
        <translation>llama.cpp falló en este ordenador con %1 en todas las configuraciones que probó LlamaDesk (%2). El modelo no se cargó.</translation>
    </message>
    <message>
        <source>This model needs llama.cpp&apos;s %1 CPU backend, and %2 is already in use: restart LlamaDesk to load it.</source>
        <translation>Este modelo necesita el backend de CPU %1 de llama.cpp, y %2 ya está en uso: reinicie LlamaDesk para cargarlo.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it with llama.cpp&apos;s weight repacking off: a little slower.</source>
        <translation>Tras un fallo de LlamaDesk con este tipo de modelo, lo ejecuta sin el reempaquetado de pesos de llama.cpp: algo más lento.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend.</source>
        <translation>Tras un fallo de LlamaDesk con este tipo de modelo, lo ejecuta en el backend de CPU %1 de llama.cpp.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend with weight repacking off.</source>
        <translation>Tras un fallo de LlamaDesk con este tipo de modelo, lo ejecuta en el backend de CPU %1 de llama.cpp sin reempaquetar los pesos.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s repacked weights (%1), so repacking is off for this kind of model: a little slower, and safe.</source>
        <translation>Esta CPU falló en los pesos reempaquetados de llama.cpp (%1), así que el reempaquetado está desactivado para este tipo de modelo: algo más lento y seguro.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend instead.</source>
        <translation>Esta CPU falló en el código más rápido de llama.cpp (%1), así que LlamaDesk usa en su lugar su backend de CPU %2.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend with weight repacking off.</source>
        <translation>Esta CPU falló en el código más rápido de llama.cpp (%1), así que LlamaDesk usa su backend de CPU %2 sin reempaquetar los pesos.</translation>
    </message>
    <message>
        <source>The program %1 does not exist or cannot be run.</source>
        <translation>El programa %1 no existe o no se puede ejecutar.</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Install %2, or give the command&apos;s full path.</source>
        <translation>No se encontró «%1» en este equipo. Instale %2 o indique la ruta completa del comando.</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Give the command&apos;s full path.</source>
        <translation>No se encontró «%1» en este equipo. Indique la ruta completa del comando.</translation>
    </message>
    <message>
        <source>A server&apos;s name must be 1 to 64 letters, digits, spaces, dots, dashes or underscores: %1</source>
        <translation>El nombre de un servidor debe tener de 1 a 64 letras, dígitos, espacios, puntos, guiones o guiones bajos: %1</translation>
    </message>
    <message>
        <source>The server “%1” has no command.</source>
        <translation>El servidor «%1» no tiene comando.</translation>
    </message>
    <message>
        <source>The server “%1”: its arguments must be a list of text.</source>
        <translation>Servidor «%1»: sus argumentos deben ser una lista de textos.</translation>
    </message>
    <message>
        <source>The server “%1”: its environment must map variable names to text.</source>
        <translation>Servidor «%1»: su entorno debe asociar nombres de variables a textos.</translation>
    </message>
    <message>
        <source>The server “%1”: its timeout must be 1 to 3600 seconds.</source>
        <translation>Servidor «%1»: su límite de tiempo debe ser de 1 a 3600 segundos.</translation>
    </message>
    <message>
        <source>This is not JSON: %1</source>
        <translation>Esto no es JSON: %1</translation>
    </message>
    <message>
        <source>Expected {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}.</source>
        <translation>Se esperaba {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}.</translation>
    </message>
    <message>
        <source>The server “%1” must be an object.</source>
        <translation>El servidor «%1» debe ser un objeto.</translation>
    </message>
    <message>
        <source>The server “%1” is reached over the network; LlamaDesk runs only local servers (a command).</source>
        <translation>Al servidor «%1» se accede por la red; LlamaDesk solo ejecuta servidores locales (un comando).</translation>
    </message>
    <message>
        <source>Downloading this model needs your acceptance of the %1. Read it with `llamadesk models license %2`, then download again with --accept-license.</source>
        <translation>Descargar este modelo requiere que acepte: %1. Léala con `llamadesk models license %2` y vuelva a descargar con --accept-license.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; images up to %3 MB can be attached.</source>
        <translation>%1 ocupa %2 MB; se pueden adjuntar imágenes de hasta %3 MB.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 would decode to more than %2 million pixels, which is more than any model reads; it is refused as a possible decompression bomb.</source>
        <translation>%1 se descomprimiría en más de %2 millones de píxeles, más de lo que lee cualquier modelo; se rechaza como posible bomba de descompresión.</translation>
    </message>
    <message>
        <source>%1 is not an image LlamaDesk can read: PNG, JPEG, WebP and GIF are taken (SVG and other formats are not).</source>
        <translation>%1 no es una imagen que LlamaDesk pueda leer: se aceptan PNG, JPEG, WebP y GIF (SVG y otros formatos no).</translation>
    </message>
    <message>
        <source>%1 is a %2 image; PNG, JPEG, WebP and GIF are taken.</source>
        <translation>%1 es una imagen %2; se aceptan PNG, JPEG, WebP y GIF.</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short and cannot be read (%2).</source>
        <translation>%1 está dañado o cortado y no se puede leer (%2).</translation>
    </message>
    <message>
        <source>%1 is not a projector GGUF (%2).</source>
        <translation>%1 no es un GGUF de proyector (%2).</translation>
    </message>
    <message>
        <source>%1 is a model, not a projector: a projector&apos;s name usually starts with mmproj.</source>
        <translation>%1 es un modelo, no un proyector: el nombre de un proyector suele empezar por mmproj.</translation>
    </message>
    <message>
        <source>This build of the engine cannot read images (it has no libmtmd).</source>
        <translation>Esta compilación del motor no puede leer imágenes (no tiene libmtmd).</translation>
    </message>
    <message>
        <source>The projector %1 could not be loaded with this model: it may be damaged, or made for another model (its width must match the model&apos;s).</source>
        <translation>El proyector %1 no se pudo cargar con este modelo: puede estar dañado o hecho para otro modelo (su anchura debe coincidir con la del modelo).</translation>
    </message>
    <message>
        <source>%1 is not a vision projector (it reads no images).</source>
        <translation>%1 no es un proyector de visión (no lee imágenes).</translation>
    </message>
    <message>
        <source>The projector could not read this image.</source>
        <translation>El proyector no pudo leer esta imagen.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (another kind of tokenizer). A draft must be a smaller model of the same family.</source>
        <translation>%1 no puede ser el borrador de este modelo: su vocabulario no es el mismo (otro tipo de tokenizador). Un modelo borrador debe ser un modelo más pequeño de la misma familia.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (other start and end tokens). A draft must be a smaller model of the same family.</source>
        <translation>%1 no puede ser el borrador de este modelo: su vocabulario no es el mismo (otros tokens de inicio y fin). Un modelo borrador debe ser un modelo más pequeño de la misma familia.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (%2 tokens, not %3). A draft must be a smaller model of the same family.</source>
        <translation>%1 no puede ser el borrador de este modelo: su vocabulario no es el mismo (%2 tokens, no %3). Un modelo borrador debe ser un modelo más pequeño de la misma familia.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (token %2 differs). A draft must be a smaller model of the same family.</source>
        <translation>%1 no puede ser el borrador de este modelo: su vocabulario no es el mismo (el token %2 es distinto). Un modelo borrador debe ser un modelo más pequeño de la misma familia.</translation>
    </message>
    <message>
        <source>%1 is an embedding model; it cannot write a draft.</source>
        <translation>%1 es un modelo de embeddings; no puede escribir un borrador.</translation>
    </message>
    <message>
        <source>No pairing code is kept for the pool worker %1: add it again with `llamadesk pool add %1`.</source>
        <translation>No se guarda ningún código de emparejamiento para el equipo %1: añádalo de nuevo con `llamadesk pool add %1`.</translation>
    </message>
    <message>
        <source>The pool has no worker yet: run `llamadesk pool serve` on another computer, then `llamadesk pool add ADDRESS:PORT` here.</source>
        <translation>El grupo aún no tiene equipos: ejecute `llamadesk pool serve` en otro ordenador y luego `llamadesk pool add DIRECCIÓN:PUERTO` aquí.</translation>
    </message>
    <message>
        <source>%1 is not a worker address: write it as host:port, such as 192.168.1.20:50052.</source>
        <translation>%1 no es una dirección de equipo: escríbala como host:puerto, por ejemplo 192.168.1.20:50052.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering in the middle of a reply, so LlamaDesk has to close. The reply so far is kept in the history, marked interrupted.</source>
        <translation>El equipo %1 dejó de responder en mitad de una respuesta, así que LlamaDesk tiene que cerrarse. La respuesta hasta ese punto se conserva en el historial, marcada como interrumpida.</translation>
    </message>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>Esta versión del motor de LlamaDesk no tiene backend RPC, así que no puede agrupar ordenadores.</translation>
    </message>
    <message>
        <source>The pool worker %1 paired but lends no device.</source>
        <translation>El equipo %1 se emparejó pero no presta ningún dispositivo.</translation>
    </message>
    <message>
        <source>That is not a pairing code: it is four groups of five letters and digits, as the worker shows it.</source>
        <translation>Eso no es un código de emparejamiento: son cuatro grupos de cinco letras y cifras, tal como lo muestra el equipo.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so the pairing code cannot be kept. Set %1 for each run instead (host:port=CODE, separated by ;).</source>
        <translation>Este ordenador no tiene un llavero utilizable, así que el código no puede guardarse. Defina %1 en cada ejecución (host:puerto=CÓDIGO, separados por ;).</translation>
    </message>
    <message>
        <source>The pool worker %1 cannot be reached. Is `llamadesk pool serve` running there, and is the address right?</source>
        <translation>No se puede contactar con el equipo %1. ¿Se está ejecutando `llamadesk pool serve` allí y la dirección es correcta?</translation>
    </message>
    <message>
        <source>%1 is not a LlamaDesk pool worker.</source>
        <translation>%1 no es un equipo de grupo de LlamaDesk.</translation>
    </message>
    <message>
        <source>The pool worker %1 runs another version (pool %2, llama.cpp RPC %3; this computer: pool %4, RPC %5). Install the same LlamaDesk version on both.</source>
        <translation>El equipo %1 usa otra versión (grupo %2, RPC de llama.cpp %3; este ordenador: grupo %4, RPC %5). Instale la misma versión de LlamaDesk en ambos.</translation>
    </message>
    <message>
        <source>The pool worker %1 refused the pairing code. Enter the code it shows again.</source>
        <translation>El equipo %1 rechazó el código de emparejamiento. Vuelva a introducir el código que muestra.</translation>
    </message>
    <message>
        <source>The pool worker %1 could not prove it knows the pairing code; it may not be the computer you paired.</source>
        <translation>El equipo %1 no pudo demostrar que conoce el código de emparejamiento; puede que no sea el ordenador que emparejó.</translation>
    </message>
</context>
<context>
    <name>model_actions</name>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <source>Import %1 (%2)?</source>
        <translation>¿Importar %1 (%2)?</translation>
    </message>
    <message>
        <source>Use it where it is: nothing is copied, and LlamaDesk finds it there while the file stays. Copy it: LlamaDesk keeps its own copy in its models folder.</source>
        <translation>Usarlo donde está: no se copia nada y LlamaDesk lo encuentra allí mientras el archivo siga. Copiarlo: LlamaDesk guarda su propia copia en su carpeta de modelos.</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>Usar donde está</translation>
    </message>
    <message>
        <source>Copy into LlamaDesk&apos;s folder</source>
        <translation>Copiar a la carpeta de LlamaDesk</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>starters</name>
    <message>
        <source>Explain how a refrigerator keeps food cold, in simple words.</source>
        <translation>Explica con palabras sencillas cómo un frigorífico mantiene fría la comida.</translation>
    </message>
    <message>
        <source>Help me write a polite email asking to move a meeting to next week.</source>
        <translation>Ayúdame a escribir un correo amable para cambiar una reunión a la semana que viene.</translation>
    </message>
    <message>
        <source>Give me three ideas for a weekend project with my kids.</source>
        <translation>Dame tres ideas para un proyecto de fin de semana con mis hijos.</translation>
    </message>
    <message>
        <source>Summarise the main points of the text I paste next.</source>
        <translation>Resume los puntos principales del texto que pegue a continuación.</translation>
    </message>
    <message>
        <source>sends</source>
        <translation>envía</translation>
    </message>
    <message>
        <source>starts a new line</source>
        <translation>empieza una línea nueva</translation>
    </message>
    <message>
        <source>stops a reply</source>
        <translation>detiene una respuesta</translation>
    </message>
    <message>
        <source>new chat</source>
        <translation>chat nuevo</translation>
    </message>
    <message>
        <source>searches your conversations</source>
        <translation>busca en tus conversaciones</translation>
    </message>
    <message>
        <source>edits your last message</source>
        <translation>edita tu último mensaje</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>Esperando su respuesta: %1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Ejecutando %1…</translation>
    </message>
</context>
</TS>
