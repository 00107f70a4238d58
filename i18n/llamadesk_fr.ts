<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LlamaDesk</source>
        <translation>À propos de LlamaDesk</translation>
    </message>
    <message>
        <source>Chat with Llama 2 and other GGUF models on this computer. Conversations stay on your disk; chatting uses no network.</source>
        <translation>Discutez avec Llama 2 et d’autres modèles GGUF sur cet ordinateur. Les conversations restent sur votre disque ; la discussion n’utilise aucun réseau.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Moteur :</translation>
    </message>
    <message>
        <source>CPU code:</source>
        <translation>Code CPU :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Dossier des journaux :</translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation>Dossier des modèles :</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>Licences :</translation>
    </message>
    <message>
        <source>Llama 2 models: Llama 2 Community License</source>
        <translation>Modèles Llama 2 : Llama 2 Community License</translation>
    </message>
    <message>
        <source>Each model you download keeps its own licence.</source>
        <translation>Chaque modèle téléchargé garde sa propre licence.</translation>
    </message>
    <message>
        <source>chosen when a model is loaded</source>
        <translation>choisi au chargement d’un modèle</translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation>non installé (%1)</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>The catalog&apos;s models download without an account. A token is needed only for gated repositories such as Meta&apos;s own; it is kept in the system keyring and nowhere else.</source>
        <translation>Les modèles du catalogue se téléchargent sans compte. Un jeton n&apos;est nécessaire que pour les dépôts à accès restreint, comme celui de Meta ; il est conservé dans le trousseau de clés du système et nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Jeton Hugging Face</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the token cannot be stored safely. It will be kept for this session only; on Linux, install and unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible sur cet ordinateur : le jeton ne peut pas être conservé en sécurité. Il ne servira que pour cette session ; sous Linux, installez et déverrouillez GNOME Keyring ou KWallet pour le garder.</translation>
    </message>
    <message>
        <source>%1 is gated. Paste a token from huggingface.co/settings/tokens and press Check: it says whether the token opens %1.</source>
        <translation>%1 est à accès restreint. Collez un jeton de huggingface.co/settings/tokens et appuyez sur Vérifier : vous saurez si le jeton ouvre %1.</translation>
    </message>
    <message>
        <source>Token saved.</source>
        <translation>Jeton enregistré.</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Jeton supprimé.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Signed in as %1, with access to %2.</source>
        <translation>Connecté en tant que %1, avec accès à %2.</translation>
    </message>
    <message>
        <source>No token: enter one from huggingface.co/settings/tokens.</source>
        <translation>Aucun jeton : saisissez-en un obtenu sur huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <source>The Hub does not accept this token. Create a new one at huggingface.co/settings/tokens.</source>
        <translation>Le Hub n&apos;accepte pas ce jeton. Créez-en un nouveau sur huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <source>Signed in as %1, but without access to %2: request it on the repository&apos;s page.</source>
        <translation>Connecté en tant que %1, mais sans accès à %2 : demandez-le sur la page du dépôt.</translation>
    </message>
</context>
<context>
    <name>ApiServerControl</name>
    <message>
        <source>Off</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Not started: port %1 cannot be used (%2).</source>
        <translation>Non démarré : le port %1 ne peut pas être utilisé (%2).</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Non démarré : %1</translation>
    </message>
    <message>
        <source>On at %1</source>
        <translation>Actif à l’adresse %1</translation>
    </message>
</context>
<context>
    <name>ApiServerPage</name>
    <message>
        <source>Let programs on this computer use the model through the OpenAI API</source>
        <translation>Permettre aux programmes de cet ordinateur d’utiliser le modèle via l’API OpenAI</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Cet ordinateur seulement (127.0.0.1)</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>Tous les réseaux de cet ordinateur (0.0.0.0)</translation>
    </message>
    <message>
        <source>Anyone who can reach this computer over the network and has the key can then use the model.</source>
        <translation>Toute personne qui peut joindre cet ordinateur par le réseau et possède la clé pourra alors utiliser le modèle.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <source>Programs that have the old key are refused from now on</source>
        <translation>Les programmes qui ont l’ancienne clé seront désormais refusés</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this key lasts until LlamaDesk quits. Set LLAMADESK_API_KEY to keep one.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau : cette clé ne vaut que jusqu&apos;à la fermeture de LlamaDesk. Définissez LLAMADESK_API_KEY pour en garder une.</translation>
    </message>
    <message>
        <source>None: web pages cannot call it</source>
        <translation>Aucune : les pages web ne peuvent pas l’appeler</translation>
    </message>
    <message>
        <source>Web pages allowed to call the API, such as http://localhost:3000, separated by commas</source>
        <translation>Pages web autorisées à appeler l’API, comme http://localhost:3000, séparées par des virgules</translation>
    </message>
    <message>
        <source>Keep API chats in the history (marked as the API&apos;s)</source>
        <translation>Conserver les discussions de l’API dans l’historique (marquées comme venant de l’API)</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Écouter sur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Web pages allowed:</source>
        <translation>Pages web autorisées :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Requests use the model loaded here, one at a time, after your own messages.</source>
        <translation>Les requêtes utilisent le modèle chargé ici, une à la fois, après vos propres messages.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Allow a tool call?</source>
        <translation>Autoriser un appel d’outil ?</translation>
    </message>
    <message>
        <source>The model wants to use %1.</source>
        <translation>Le modèle veut utiliser %1.</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>&amp;Autoriser une fois</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>&amp;Toujours autoriser cet outil</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>At most %1 images go with one message.</source>
        <translation>Au plus %1 images par message.</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Waiting for the model to load, then sending: %1</source>
        <translation>En attente du chargement du modèle, puis envoi de : %1</translation>
    </message>
    <message>
        <source>Editing your message: Enter sends it as a new version, Esc cancels</source>
        <translation>Modification de votre message : Entrée l&apos;envoie comme nouvelle version, Échap annule</translation>
    </message>
    <message>
        <source>Version %1 / %2</source>
        <translation>Version %1 / %2</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Lecture de l&apos;image…</translation>
    </message>
    <message>
        <source>Reading the images…</source>
        <translation>Lecture des images…</translation>
    </message>
    <message>
        <source>Context: %1 of %2 tokens</source>
        <translation>Contexte : %1 sur %2 jetons</translation>
    </message>
    <message numerus="yes">
        <source> · %n older message(s) no longer fit</source>
        <translation>
            <numerusform> · %n message ancien ne tient plus</numerusform>
            <numerusform> · %n messages anciens ne tiennent plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation>Joindre des images (ou les déposer ou coller ici)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Image collée.png</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Enter for a new line</source>
        <translation>Ctrl+Entrée envoie · Entrée pour une nouvelle ligne</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter for a new line</source>
        <translation>Entrée envoie · Maj+Entrée pour une nouvelle ligne</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Derniers</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Aller au dernier message</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Aller aux derniers</translation>
    </message>
    <message>
        <source>Show the latest messages ›</source>
        <translation>Afficher les derniers messages ›</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>%1 % of guesses kept</source>
        <translation>%1 % des suppositions retenues</translation>
    </message>
    <message>
        <source>Start with one of these, or ask anything</source>
        <translation>Commencez par l’une de ces idées, ou demandez ce que vous voulez</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modèle inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation>premier jeton après %1 ms</translation>
    </message>
    <message>
        <source>This message no longer fits the context window; the model does not see it when it answers.</source>
        <translation>Ce message ne tient plus dans la fenêtre de contexte ; le modèle ne le voit pas quand il répond.</translation>
    </message>
    <message>
        <source>outside the model&apos;s memory</source>
        <translation>hors de la mémoire du modèle</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Rédaction…</translation>
    </message>
    <message>
        <source>%1 (%2 × %3): click to open</source>
        <translation>%1 (%2 × %3) : cliquer pour ouvrir</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>interrupted: cut off before it ended (LlamaDesk closed, or a pool computer stopped answering)</source>
        <translation>interrompue : coupée avant la fin (LlamaDesk s&apos;est fermé, ou un ordinateur de la mise en commun a cessé de répondre)</translation>
    </message>
    <message>
        <source>cut off at the length limit</source>
        <translation>coupée à la longueur maximale</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>stopped after the most rounds of tool calls a reply may make (Settings › Tools)</source>
        <translation>arrêtée après le nombre maximal de tours d&apos;appels d&apos;outils par réponse (Réglages › Outils)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>Document collections</source>
        <translation>Collections de documents</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modèle d’embedding</translation>
    </message>
    <message>
        <source>Indexing runs on this computer only; nothing is uploaded.</source>
        <translation>L’indexation se fait uniquement sur cet ordinateur ; rien n’est envoyé.</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progression de l’indexation</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Réindexer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>Suspendre l’indexation</translation>
    </message>
    <message>
        <source>%1: %2 of %3 files, %4 passages, %5 passages/s</source>
        <translation>%1 : %2 fichiers sur %3, %4 passages, %5 passages/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restantes</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>%1 is up to date: %2 file(s) indexed, %3 unchanged, %4 removed, %5 skipped.</source>
        <translation>%1 est à jour : %2 fichier(s) indexé(s), %3 inchangé(s), %4 retiré(s), %5 ignoré(s).</translation>
    </message>
    <message>
        <source>Loading the embedding model…</source>
        <translation>Chargement du modèle d’embedding…</translation>
    </message>
    <message>
        <source>Add a folder to %1</source>
        <translation>Ajouter un dossier à %1</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Retirer la collection</translation>
    </message>
    <message>
        <source>Forget the collection %1? Its files stay where they are.</source>
        <translation>Oublier la collection %1 ? Ses fichiers restent où ils sont.</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Reprendre l’indexation</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message…</source>
        <translation>Message…</translation>
    </message>
</context>
<context>
    <name>ConversationBrowser</name>
    <message>
        <source>Reply version %1 / %2</source>
        <translation>Version de la réponse %1 / %2</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+F)</source>
        <translation>Rechercher dans les conversations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the thinking too</source>
        <translation>Chercher aussi dans la réflexion</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>From a program, through the local API</source>
        <translation>D’un programme, via l’API locale</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus anciennes</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>« %1 » supprimée</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>in its thinking</source>
        <translation>dans sa réflexion</translation>
    </message>
</context>
<context>
    <name>CrashBanner</name>
    <message>
        <source>Load with safe settings</source>
        <translation>Charger avec les réglages sûrs</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>The full crash report, for a bug report. Nothing is sent anywhere.</source>
        <translation>Le rapport de plantage complet, pour signaler un bogue. Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Search GGUF models on Hugging Face (Qwen3, Gemma 3, Llama 3.1…)</source>
        <translation>Chercher des modèles GGUF sur Hugging Face (Qwen3, Gemma 3, Llama 3.1…)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Les plus téléchargés</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Mis à jour récemment</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop waiting for the Hub</source>
        <translation>Ne plus attendre le Hub</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>Modèles trouvés</translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation>&amp;Plus de résultats</translation>
    </message>
    <message>
        <source>Files to download</source>
        <translation>Fichiers à télécharger</translation>
    </message>
    <message>
        <source>Also the vision projector (for images)</source>
        <translation>Aussi le projecteur de vision (pour les images)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>vision</translation>
    </message>
    <message>
        <source>gated</source>
        <translation>à accès restreint</translation>
    </message>
    <message>
        <source>%1 — %2 downloads · %3</source>
        <translation>%1 — %2 téléchargements · %3</translation>
    </message>
    <message>
        <source>licence not given</source>
        <translation>licence non indiquée</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour le %1</translation>
    </message>
    <message>
        <source>No GGUF models found.</source>
        <translation>Aucun modèle GGUF trouvé.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Check your access…</source>
        <translation>Vérifier votre accès…</translation>
    </message>
    <message>
        <source>Add a Hugging Face token…</source>
        <translation>Ajouter un jeton Hugging Face…</translation>
    </message>
    <message>
        <source>asks for your acceptance before the download</source>
        <translation>demande votre acceptation avant le téléchargement</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>licence: %1</source>
        <translation>licence : %1</translation>
    </message>
    <message>
        <source>its page</source>
        <translation>sa page</translation>
    </message>
    <message>
        <source>gated: your Hugging Face token needs access</source>
        <translation>accès restreint : votre jeton Hugging Face doit y avoir accès</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>tient</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop grand</translation>
    </message>
    <message>
        <source>over 100 tokens/s</source>
        <translation>plus de 100 jetons/s</translation>
    </message>
    <message>
        <source>~%1 tokens/s</source>
        <translation>~%1 jetons/s</translation>
    </message>
    <message>
        <source>%1 parts</source>
        <translation>%1 parties</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Collections…</source>
        <translation>&amp;Collections…</translation>
    </message>
</context>
<context>
    <name>DocumentsToggle</name>
    <message>
        <source>Documents to answer from</source>
        <translation>Documents pour répondre</translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation>Aucune collection pour l’instant</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>Collections…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents : %1</translation>
    </message>
    <message>
        <source>Answer from these document collections too; the reply lists its sources under it.</source>
        <translation>Répondre aussi à partir de ces collections ; la réponse liste ses sources en dessous.</translation>
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
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About LlamaDesk</source>
        <translation>À &amp;propos de LlamaDesk</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Open a conversation to export it.</source>
        <translation>Ouvrez une conversation pour l&apos;exporter.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>LlamaDesk JSON (*.json)</source>
        <translation>JSON LlamaDesk (*.json)</translation>
    </message>
    <message>
        <source>All conversations, one file each (*.zip)</source>
        <translation>Toutes les conversations, un fichier chacune (*.zip)</translation>
    </message>
    <message>
        <source>All conversations, lossless (*.json)</source>
        <translation>Toutes les conversations, sans perte (*.json)</translation>
    </message>
    <message>
        <source>LlamaDesk conversations</source>
        <translation>Conversations LlamaDesk</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué : %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportée vers %1</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <source>LlamaDesk export (*.json)</source>
        <translation>Export LlamaDesk (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n conversation importée.</numerusform>
            <numerusform>%n conversations importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was already here.</source>
        <translation>
            <numerusform>%n était déjà là.</numerusform>
            <numerusform>%n étaient déjà là.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>IndexingWorker</name>
    <message>
        <source>There is already a collection named %1.</source>
        <translation>Il existe déjà une collection nommée %1.</translation>
    </message>
    <message>
        <source>There is no collection named %1.</source>
        <translation>Il n’existe pas de collection nommée %1.</translation>
    </message>
    <message>
        <source>The embedding model that built %1, %2, is no longer there. Download it again (Models › Embedding models) to keep this collection up to date; searching it still works, by keyword.</source>
        <translation>Le modèle d&apos;embedding qui a construit %1, %2, n&apos;est plus là. Téléchargez-le à nouveau (Modèles › Modèles d&apos;embedding) pour garder cette collection à jour ; la recherche fonctionne toujours, par mots-clés.</translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <source>Unexpected error while loading the model: %1. Details are in the log file.</source>
        <translation>Erreur inattendue au chargement du modèle : %1. Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>Unexpected error while answering: %1. Details are in the log file.</source>
        <translation>Erreur inattendue pendant la réponse : %1. Les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>This summary is a help, not the license: the English text below is what you agree to.</source>
        <translation>Ce résumé est une aide, pas la licence : vous acceptez le texte anglais ci-dessous.</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>I have read and accept the %1</source>
        <translation>J&apos;ai lu et j&apos;accepte la %1</translation>
    </message>
    <message>
        <source>Scroll to the end of the text first</source>
        <translation>Faites d&apos;abord défiler le texte jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
</context>
<context>
    <name>LicenseSummary</name>
    <message>
        <source>You may use, copy and change Llama 2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 July 2023 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 2&apos;s output to improve other large language models.</source>
        <translation>Vous pouvez utiliser, copier et modifier Llama 2 gratuitement, pour un usage personnel ou commercial. Seule une entreprise dont les produits comptaient plus de 700 millions d&apos;utilisateurs actifs mensuels le 18 juillet 2023 doit obtenir une licence distincte de Meta. Vous acceptez aussi la politique d&apos;utilisation acceptable de Meta, et ne pouvez pas utiliser les sorties de Llama 2 pour améliorer d&apos;autres grands modèles de langage.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 April 2024 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 3&apos;s output to improve other large language models.</source>
        <translation>Vous pouvez utiliser, copier et modifier Llama 3 gratuitement, pour un usage personnel ou commercial. Seule une entreprise dont les produits comptaient plus de 700 millions d&apos;utilisateurs actifs mensuels le 18 avril 2024 a besoin d&apos;une licence distincte de Meta. Vous acceptez aussi la Politique d&apos;utilisation acceptable de Meta, et ne pouvez pas utiliser les sorties de Llama 3 pour améliorer d&apos;autres grands modèles de langage.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.1 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>Vous pouvez utiliser, copier et modifier Llama 3.1 gratuitement, pour un usage personnel ou commercial. Seule une entreprise dont les produits comptaient plus de 700 millions d&apos;utilisateurs actifs mensuels à sa date de sortie a besoin d&apos;une licence distincte de Meta. Si vous partagez le modèle ou un modèle construit à partir de lui, vous devez indiquer « Built with Llama » et faire commencer le nom de ce modèle par « Llama ». Vous acceptez aussi la Politique d&apos;utilisation acceptable de Meta.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy. The rights to its multimodal (vision) models are not granted to people living, or companies based, in the European Union.</source>
        <translation>Vous pouvez utiliser, copier et modifier Llama 3.2 gratuitement, pour un usage personnel ou commercial. Seule une entreprise dont les produits comptaient plus de 700 millions d&apos;utilisateurs actifs mensuels à sa date de sortie a besoin d&apos;une licence distincte de Meta. Si vous partagez le modèle ou un modèle construit à partir de lui, vous devez indiquer « Built with Llama » et faire commencer le nom de ce modèle par « Llama ». Vous acceptez aussi la Politique d&apos;utilisation acceptable de Meta. Les droits sur ses modèles multimodaux (vision) ne sont pas accordés aux personnes résidant, ni aux entreprises établies, dans l&apos;Union européenne.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>Vous pouvez utiliser, copier et modifier Llama 3.3 gratuitement, pour un usage personnel ou commercial. Seule une entreprise dont les produits comptaient plus de 700 millions d&apos;utilisateurs actifs mensuels à sa date de sortie a besoin d&apos;une licence distincte de Meta. Si vous partagez le modèle ou un modèle construit à partir de lui, vous devez indiquer « Built with Llama » et faire commencer le nom de ce modèle par « Llama ». Vous acceptez aussi la Politique d&apos;utilisation acceptable de Meta.</translation>
    </message>
    <message>
        <source>You may use, copy and change Gemma for free, for personal or commercial work. You agree to Google&apos;s Gemma Prohibited Use Policy. If you share Gemma or a model built from it, you must pass on these terms and their use restrictions.</source>
        <translation>Vous pouvez utiliser, copier et modifier Gemma gratuitement, pour un usage personnel ou commercial. Vous acceptez la Politique d&apos;utilisation interdite de Gemma de Google. Si vous partagez Gemma ou un modèle construit à partir de lui, vous devez transmettre ces conditions et leurs restrictions d&apos;utilisation.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The model could not be imported</source>
        <translation>Le modèle n&apos;a pas pu être importé</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Tapez un message. Entrée l&apos;envoie, Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>The messages of this chat</source>
        <translation>Les messages de cette discussion</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>État du modèle</translation>
    </message>
    <message>
        <source>What the model is doing</source>
        <translation>Ce que fait le modèle</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Your conversations, newest first</source>
        <translation>Vos conversations, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search every conversation (Ctrl+F)</source>
        <translation>Rechercher dans toutes les conversations (Ctrl+F)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>Opening your conversations…</source>
        <translation>Ouverture de vos conversations…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Le modèle n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>La réponse a échoué</translation>
    </message>
    <message>
        <source>No model is loaded. Use File › Open model… to choose a GGUF file.</source>
        <translation>Aucun modèle n&apos;est chargé. Choisissez un fichier GGUF avec Fichier › Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <source>Template: automatic</source>
        <translation>Gabarit : automatique</translation>
    </message>
    <message>
        <source>Llama 2</source>
        <translation>Llama 2</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>celui du modèle</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle de prompt : %1</translation>
    </message>
    <message>
        <source>How messages are put to this model. Automatic reads it from the model file; the choice is kept for this model.</source>
        <translation>La façon dont les messages sont présentés à ce modèle. Automatique le lit dans le fichier du modèle ; le choix est conservé pour ce modèle.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop loading the model (Esc)</source>
        <translation>Arrêter le chargement du modèle (Échap)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Answering a program through the local API; your next message waits its turn</source>
        <translation>Répond à un programme via l’API locale ; votre prochain message attend son tour</translation>
    </message>
    <message>
        <source>Context: no model</source>
        <translation>Contexte : aucun modèle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Choose the model to chat with</source>
        <translation>Choisir le modèle avec lequel discuter</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Gabarit de prompt</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>How far the model has loaded</source>
        <translation>Où en est le chargement du modèle</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Where the model runs: CPU or GPU</source>
        <translation>Où tourne le modèle : CPU ou GPU</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Tokens used of the context window</source>
        <translation>Jetons utilisés de la fenêtre de contexte</translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation>Aucun modèle installé</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>Ouvrir un fichier GGUF…</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gérer les modèles…</translation>
    </message>
    <message>
        <source>Loading %1… %p%</source>
        <translation>Chargement de %1… %p%</translation>
    </message>
    <message>
        <source>Template: automatic (%1)</source>
        <translation>Modèle de prompt : automatique (%1)</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>all layers</source>
        <translation>toutes les couches</translation>
    </message>
    <message>
        <source>%1 of %2 layers</source>
        <translation>%1 couches sur %2</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 couches</translation>
    </message>
    <message>
        <source>Cannot read images: %1</source>
        <translation>Ne peut pas lire d&apos;images : %1</translation>
    </message>
    <message>
        <source>Reads images (projector %1)</source>
        <translation>Lit les images (projecteur %1)</translation>
    </message>
    <message>
        <source>sees images</source>
        <translation>voit les images</translation>
    </message>
    <message>
        <source>Prompt template: %1</source>
        <translation>Gabarit de prompt : %1</translation>
    </message>
    <message>
        <source>Settings › App › Context size sets a larger one, if memory allows.</source>
        <translation>Réglages › Application › Taille du contexte en fixe une plus grande, si la mémoire le permet.</translation>
    </message>
    <message>
        <source>Settings › App › GPU layers turns it back on.</source>
        <translation>Réglages › Application › Couches GPU le réactive.</translation>
    </message>
    <message>
        <source>Its replies are capped and repetition is penalised: Settings › New chats › Models without a chat template.</source>
        <translation>Ses réponses sont plafonnées et les répétitions pénalisées : Réglages › Nouvelles discussions › Modèles sans modèle de chat.</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 jetons</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 est installé.</translation>
    </message>
    <message>
        <source>Draft model</source>
        <translation>Modèle brouillon</translation>
    </message>
    <message>
        <source>A pool computer cannot be used</source>
        <translation>Un ordinateur de la mise en commun est inutilisable</translation>
    </message>
    <message>
        <source>%1 fits on this computer alone (more slowly). Load it here?</source>
        <translation>%1 tient sur cet ordinateur seul (en plus lent). Le charger ici ?</translation>
    </message>
    <message>
        <source>Load here</source>
        <translation>Charger ici</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>%1 does not fit on this computer alone. Start the pool on that computer again, then load the model.</source>
        <translation>%1 ne tient pas sur cet ordinateur seul. Relancez la mise en commun sur l&apos;autre ordinateur, puis chargez le modèle.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installés</translation>
    </message>
    <message>
        <source>Hugging Face account</source>
        <translation>Compte Hugging Face</translation>
    </message>
    <message>
        <source>Embedding models</source>
        <translation>Modèles d’embedding</translation>
    </message>
    <message>
        <source>Llama 2 chat models in every size and quantization. This computer has %1 of memory; the recommended model fits it comfortably.</source>
        <translation>Les modèles de discussion Llama 2 dans toutes les tailles et quantifications. Cet ordinateur a %1 de mémoire ; le modèle recommandé y tient à l&apos;aise.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Mémoire nécessaire</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Speed here</source>
        <translation>Vitesse ici</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Convient</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Trop grand</translation>
    </message>
    <message>
        <source>★ Recommended</source>
        <translation>★ Recommandé</translation>
    </message>
    <message>
        <source>~%1 tokens/s</source>
        <translation>~%1 jetons/s</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Embedding models turn your documents into searchable vectors for Documents › Collections…. Their licenses ask for no acceptance.</source>
        <translation>Les modèles d’embedding rendent vos documents consultables pour Documents › Collections…. Leurs licences ne demandent aucune acceptation.</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandés</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Idéal pour</translation>
    </message>
    <message>
        <source>Llama 2 first, then current models for people who would rather not search: each with its licence, how it fits this computer and the speed to expect. Llama and Gemma ask you to accept their licence first.</source>
        <translation>Llama 2 d&apos;abord, puis des modèles actuels pour qui préfère ne pas chercher : chacun avec sa licence, son adéquation à cet ordinateur et la vitesse à attendre. Llama et Gemma vous demandent d&apos;abord d&apos;accepter leur licence.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Trop grand pour cet ordinateur</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory, more than this computer has. Download it anyway?</source>
        <translation>%1 a besoin d&apos;environ %2 de mémoire, plus que n&apos;en a cet ordinateur. Le télécharger quand même ?</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after LlamaDesk restarts; every byte is checked against the Hub&apos;s SHA-256.</source>
        <translation>Les téléchargements reprennent là où ils se sont arrêtés, même après un redémarrage de LlamaDesk ; chaque octet est vérifié par rapport au SHA-256 du Hub.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Faster replies…</source>
        <translation>Réponses plus rapides…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>Importer un GGUF…</translation>
    </message>
    <message>
        <source>Drop .gguf files here to import them.</source>
        <translation>Déposez des fichiers .gguf ici pour les importer.</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Used in place</source>
        <translation>Utilisé sur place</translation>
    </message>
    <message>
        <source>Opened from %1</source>
        <translation>Ouvert depuis %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Remove %1 from the list? The file stays where it is.</source>
        <translation>Retirer %1 de la liste ? Le fichier reste où il est.</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Conversations made with it stay.</source>
        <translation>Supprimer %1 (%2) ? Les conversations faites avec lui sont conservées.</translation>
    </message>
    <message>
        <source>%1 is intact.</source>
        <translation>%1 est intact.</translation>
    </message>
    <message>
        <source>%1 does not match its checksum: delete it and download it again.</source>
        <translation>%1 ne correspond pas à sa somme de contrôle : supprimez-le et téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <source>Checking %1… %p%</source>
        <translation>Vérification de %1… %p%</translation>
    </message>
    <message>
        <source>The model could not be imported</source>
        <translation>Le modèle n&apos;a pas pu être importé</translation>
    </message>
</context>
<context>
    <name>NewCollectionDialog</name>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Nom de la collection</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modèle d’embedding</translation>
    </message>
    <message>
        <source>Another GGUF file…</source>
        <translation>Autre fichier GGUF…</translation>
    </message>
    <message>
        <source>Download one…</source>
        <translation>En télécharger un…</translation>
    </message>
    <message>
        <source>Choose an embedding model</source>
        <translation>Choisir un modèle d’embedding</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>Modèle d’embedding :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>An embedding model turns passages into vectors, so that a question finds them by meaning.</source>
        <translation>Un modèle d’embedding transforme les passages en vecteurs, pour qu’une question les trouve par leur sens.</translation>
    </message>
    <message>
        <source>No embedding model is installed yet: download one, or choose a GGUF file.</source>
        <translation>Aucun modèle d’embedding n’est encore installé : téléchargez-en un ou choisissez un fichier GGUF.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 is a chat model: it writes replies, it does not turn text into vectors for search. Choose an embedding model (Models › Embedding models has some).</source>
        <translation>%1 est un modèle de discussion : il écrit des réponses, il ne transforme pas le texte en vecteurs pour la recherche. Choisissez un modèle d’embedding (Modèles › Modèles d’embedding en propose).</translation>
    </message>
    <message>
        <source>%1 does not say it is an embedding model (its file names no pooling). It may find passages poorly.</source>
        <translation>%1 ne se déclare pas modèle d’embedding (son fichier n’indique aucun pooling). Il risque de mal trouver les passages.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Give the collection a name and an existing folder.</source>
        <translation>Donnez à la collection un nom et un dossier existant.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste tool servers</source>
        <translation>Coller des serveurs d’outils</translation>
    </message>
    <message>
        <source>Paste the “mcpServers” block from another app&apos;s configuration:</source>
        <translation>Collez le bloc « mcpServers » de la configuration d’une autre application :</translation>
    </message>
</context>
<context>
    <name>PoolLending</name>
    <message>
        <source>Off</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 GB of memory</source>
        <translation>%1 Go de mémoire</translation>
    </message>
    <message>
        <source>its free memory</source>
        <translation>sa mémoire libre</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Lending this computer (%1) on port %2. Connected: %3.</source>
        <translation>Cet ordinateur est prêté (%1) sur le port %2. Connectés : %3.</translation>
    </message>
    <message>
        <source>it stopped unexpectedly</source>
        <translation>il s&apos;est arrêté de façon inattendue</translation>
    </message>
    <message>
        <source>Not lending: %1</source>
        <translation>Pas de prêt : %1</translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>Cette version du moteur de LlamaDesk n&apos;a pas de backend RPC : elle ne peut pas regrouper d&apos;ordinateurs.</translation>
    </message>
    <message>
        <source>Lend this computer</source>
        <translation>Prêter cet ordinateur</translation>
    </message>
    <message>
        <source>Let computers paired with this one run part of their models here</source>
        <translation>Laisser les ordinateurs appairés exécuter ici une partie de leurs modèles</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>Tous les réseaux de cet ordinateur (0.0.0.0)</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Cet ordinateur seulement (127.0.0.1)</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>All that is free</source>
        <translation>Tout ce qui est libre</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Code d&apos;appairage</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Computers paired with the old code must be paired again</source>
        <translation>Les ordinateurs appairés avec l&apos;ancien code devront l&apos;être à nouveau</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this code lasts until LlamaDesk quits.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau : ce code ne vaut que jusqu&apos;à la fermeture de LlamaDesk.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Écouter sur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Memory lent:</source>
        <translation>Mémoire prêtée :</translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation>Code d&apos;appairage :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Use other computers</source>
        <translation>Utiliser d&apos;autres ordinateurs</translation>
    </message>
    <message>
        <source>Spread models over these computers when loading</source>
        <translation>Répartir les modèles sur ces ordinateurs au chargement</translation>
    </message>
    <message>
        <source>Pool computers</source>
        <translation>Ordinateurs mis en commun</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Address of the computer to add</source>
        <translation>Adresse de l&apos;ordinateur à ajouter</translation>
    </message>
    <message>
        <source>Its pairing code</source>
        <translation>Son code d&apos;appairage</translation>
    </message>
    <message>
        <source>Pairing code of the computer to add</source>
        <translation>Code d&apos;appairage de l&apos;ordinateur à ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Ajouter :</translation>
    </message>
    <message>
        <source>On the other computer, turn on Lend this computer (or run `llamadesk pool serve`), then enter its address and the code it shows. Loading a model pairs with each computer.</source>
        <translation>Sur l&apos;autre ordinateur, activez « Prêter cet ordinateur » (ou lancez `llamadesk pool serve`), puis saisissez ici son adresse et le code qu&apos;il affiche. Le chargement d&apos;un modèle s&apos;appaire avec chaque ordinateur.</translation>
    </message>
</context>
<context>
    <name>ProjectorQuestion</name>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>%1 looks like a vision model, but its projector is not beside it, so it cannot read images. Choose the projector now?</source>
        <translation>%1 semble être un modèle de vision, mais son projecteur n&apos;est pas à côté : il ne peut donc pas lire d&apos;images. Choisir le projecteur maintenant ?</translation>
    </message>
    <message>
        <source>The projector is an mmproj….gguf file from the same repository as the model. Not now: LlamaDesk will not ask again; a projector put beside the model later is found by itself.</source>
        <translation>Le projecteur est un fichier mmproj….gguf du même dépôt que le modèle. Pas maintenant : LlamaDesk ne demandera plus ; un projecteur placé plus tard à côté du modèle sera trouvé tout seul.</translation>
    </message>
    <message>
        <source>Choose the projector…</source>
        <translation>Choisir le projecteur…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Choose the projector</source>
        <translation>Choisir le projecteur</translation>
    </message>
    <message>
        <source>Projectors (mmproj*.gguf *.gguf)</source>
        <translation>Projecteurs (mmproj*.gguf *.gguf)</translation>
    </message>
</context>
<context>
    <name>SamplingEditor</name>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation>Par exemple : Réponds brièvement, en français simple.</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Précis</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Créatif</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>Prompt système :</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage :</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Température :</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p :</translation>
    </message>
    <message>
        <source>Top-k (0: off):</source>
        <translation>Top-k (0 : désactivé) :</translation>
    </message>
    <message>
        <source>Min-p:</source>
        <translation>Min-p :</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>Pénalité de répétition :</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Sampling preset</source>
        <translation>Préréglage d&apos;échantillonnage</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a tool server</source>
        <translation>Ajouter un serveur d’outils</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <source>Each environment line is NAME=VALUE.</source>
        <translation>Chaque ligne d’environnement est de la forme NOM=VALEUR.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Cette conversation</translation>
    </message>
    <message>
        <source>New chats</source>
        <translation>Nouvelles discussions</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>Serveur API</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Mise en commun</translation>
    </message>
    <message>
        <source>Models without a chat template</source>
        <translation>Modèles sans modèle de chat</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>Longest reply:</source>
        <translation>Réponse la plus longue :</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>Pénalité de répétition :</translation>
    </message>
    <message>
        <source>A base model continues text as written and may repeat itself without end. A conversation&apos;s own repeat penalty, when not 1.00, is kept.</source>
        <translation>Un modèle de base prolonge le texte tel quel et peut se répéter sans fin. La pénalité de répétition propre à une conversation, si elle n&apos;est pas 1,00, est conservée.</translation>
    </message>
    <message>
        <source>Keep attached images as they came (otherwise at the size the model reads, which takes less space)</source>
        <translation>Garder les images jointes telles quelles (sinon à la taille que lit le modèle, qui prend moins de place)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter for a new line</source>
        <translation>Entrée envoie, Maj+Entrée pour une nouvelle ligne</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter for a new line</source>
        <translation>Ctrl+Entrée envoie, Entrée pour une nouvelle ligne</translation>
    </message>
    <message>
        <source>Automatic: as many layers as fit on the GPU</source>
        <translation>Automatique : autant de couches que le GPU peut en contenir</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Toutes les couches</translation>
    </message>
    <message>
        <source>With several GPUs: which one holds the model (0 is the first; `llamadesk info` lists them).</source>
        <translation>Avec plusieurs GPU : celui qui accueille le modèle (0 est le premier ; `llamadesk info` les liste).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Automatic: every core reads the prompt, and all but one write the reply, so the window stays smooth while it streams.</source>
        <translation>Automatique : tous les cœurs lisent le prompt et tous sauf un écrivent la réponse, pour que la fenêtre reste fluide pendant la diffusion.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Taille de police :</translation>
    </message>
    <message>
        <source>Send with:</source>
        <translation>Envoyer avec :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>GPU layers:</source>
        <translation>Couches GPU :</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU :</translation>
    </message>
    <message>
        <source>GPU: this build of LlamaDesk runs on the CPU only (it has no GPU support).</source>
        <translation>GPU : cette version de LlamaDesk fonctionne sur le processeur seulement (elle ne prend pas en charge le GPU).</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads :</translation>
    </message>
    <message>
        <source>Context size:</source>
        <translation>Taille du contexte :</translation>
    </message>
    <message>
        <source>Threads and context size apply when a model is next loaded. A new language applies after a restart.</source>
        <translation>Les threads et la taille du contexte s&apos;appliquent au prochain chargement d&apos;un modèle. Une nouvelle langue s&apos;applique après un redémarrage.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les réglages n’ont pas pu être enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Nouvelle ligne dans le message</translation>
    </message>
    <message>
        <source>Stop the reply; clear the search</source>
        <translation>Arrêter la réponse ; effacer la recherche</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Delete the chosen conversation</source>
        <translation>Supprimer la conversation choisie</translation>
    </message>
    <message>
        <source>Delete (in the list)</source>
        <translation>Suppr (dans la liste)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SpeculationDialog</name>
    <message>
        <source>Faster replies: %1</source>
        <translation>Réponses plus rapides : %1</translation>
    </message>
    <message>
        <source>LlamaDesk can guess the next few words and have the model check them all at once. The reply is the one the model writes without guessing; it comes sooner where text repeats: rewriting, fixing code, summarising, quoting documents. Automatic guesses only while it pays on this computer.</source>
        <translation>LlamaDesk peut deviner les mots suivants et les faire vérifier tous à la fois par le modèle. La réponse est celle que le modèle écrit sans deviner ; elle arrive plus vite là où le texte se répète : réécriture, correction de code, résumé, citation de documents. « Automatique » ne devine que tant que cela rapporte sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automatique (recommandé)</translation>
    </message>
    <message>
        <source>Guess from the conversation, always</source>
        <translation>Toujours deviner d&apos;après la conversation</translation>
    </message>
    <message>
        <source>Guess with a draft model</source>
        <translation>Deviner avec un modèle brouillon</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>A small model of the same family (the same vocabulary), such as a 0.5B or 1B model of the same series</source>
        <translation>Un petit modèle de la même famille (même vocabulaire), par exemple un modèle 0,5B ou 1B de la même série</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>No draft chosen</source>
        <translation>Aucun brouillon choisi</translation>
    </message>
    <message>
        <source>The most tokens guessed at once</source>
        <translation>Nombre maximal de jetons devinés à la fois</translation>
    </message>
    <message>
        <source>Guessing:</source>
        <translation>Deviner :</translation>
    </message>
    <message>
        <source>Draft model:</source>
        <translation>Modèle brouillon :</translation>
    </message>
    <message>
        <source>Tokens at once:</source>
        <translation>Jetons à la fois :</translation>
    </message>
    <message>
        <source>Choose a draft model</source>
        <translation>Choisir un modèle brouillon</translation>
    </message>
    <message>
        <source>Choose the draft model, or another way of guessing.</source>
        <translation>Choisissez le modèle brouillon, ou une autre façon de deviner.</translation>
    </message>
</context>
<context>
    <name>Strengths</name>
    <message>
        <source>chat</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>many languages</source>
        <translation>nombreuses langues</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>raisonnement</translation>
    </message>
    <message>
        <source>small and fast</source>
        <translation>petit et rapide</translation>
    </message>
    <message>
        <source>thinks first</source>
        <translation>réfléchit d&apos;abord</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>outils</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
</context>
<context>
    <name>ThinkToggle</name>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>How much this model thinks before it answers, in this conversation</source>
        <translation>Combien ce modèle réfléchit avant de répondre, dans cette conversation</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Think: %1</source>
        <translation>Réflexion : %1</translation>
    </message>
</context>
<context>
    <name>Thinking</name>
    <message>
        <source>Thought for %1</source>
        <translation>Réflexion : %1</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrompue)</translation>
    </message>
    <message>
        <source>Show or hide how the model thought</source>
        <translation>Afficher ou masquer la réflexion du modèle</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
</context>
<context>
    <name>ToolBlocks</name>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>Show or hide what was sent and what came back</source>
        <translation>Afficher ou masquer ce qui a été envoyé et ce qui est revenu</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyé :</translation>
    </message>
    <message>
        <source>Came back:</source>
        <translation>Retour :</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tool servers</source>
        <translation>Serveurs d’outils</translation>
    </message>
    <message>
        <source>The server&apos;s state and the end of its log</source>
        <translation>L’état du serveur et la fin de son journal</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Paste JSON…</source>
        <translation>&amp;Coller du JSON…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Re&amp;démarrer</translation>
    </message>
    <message>
        <source>Most rounds of tool calls in one reply</source>
        <translation>Nombre maximal de tours d’appels d’outils par réponse</translation>
    </message>
    <message>
        <source>Programs on this computer that give the model tools (MCP servers). A conversation uses them when its Tools switch is on, and you are asked before each call.</source>
        <translation>Des programmes de cet ordinateur qui donnent des outils au modèle (serveurs MCP). Une conversation s’en sert quand son bouton Outils est activé, et on vous demande avant chaque appel.</translation>
    </message>
    <message>
        <source>Most rounds of calls in one reply:</source>
        <translation>Tours d’appels au plus par réponse :</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
</context>
<context>
    <name>ToolsToggle</name>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Let the model call your tool servers in this conversation (you are asked before each call)</source>
        <translation>Laisser le modèle appeler vos serveurs d’outils dans cette conversation (on vous demande avant chaque appel)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LlamaDesk</source>
        <translation>Bienvenue dans LlamaDesk</translation>
    </message>
    <message>
        <source>Chat with Llama 2 on this computer. After one download, nothing you write leaves it.</source>
        <translation>Discutez avec Llama 2 sur cet ordinateur. Après un seul téléchargement, rien de ce que vous écrivez n&apos;en sort.</translation>
    </message>
    <message>
        <source>Read the license and download</source>
        <translation>Lire la licence et télécharger</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer:&lt;/b&gt; %1 (%2), a %3 download that needs about %4 of memory.</source>
        <translation>&lt;b&gt;Recommandé pour cet ordinateur :&lt;/b&gt; %1 (%2), un téléchargement de %3 qui demande environ %4 de mémoire.</translation>
    </message>
    <message>
        <source>Expected speed here: about %1 tokens a second; bigger models would be slower.</source>
        <translation>Vitesse attendue ici : environ %1 jetons par seconde ; les modèles plus gros seraient plus lents.</translation>
    </message>
    <message>
        <source>No Llama 2 model fits this computer&apos;s memory comfortably. You can still choose one, or import a smaller GGUF model.</source>
        <translation>Aucun modèle Llama 2 ne tient à l&apos;aise dans la mémoire de cet ordinateur. Vous pouvez quand même en choisir un, ou importer un modèle GGUF plus petit.</translation>
    </message>
    <message>
        <source>Other models…</source>
        <translation>Autres modèles…</translation>
    </message>
    <message>
        <source>Llama 3.x, Qwen3, Gemma 3 and more, or search the Hugging Face Hub</source>
        <translation>Llama 3.x, Qwen3, Gemma 3 et d&apos;autres, ou chercher sur le Hub Hugging Face</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>Importer un GGUF…</translation>
    </message>
    <message>
        <source>Use the selected model</source>
        <translation>Utiliser le modèle sélectionné</translation>
    </message>
    <message>
        <source>Models already on this computer (Hugging Face cache, LM Studio):</source>
        <translation>Modèles déjà présents sur cet ordinateur (cache Hugging Face, LM Studio) :</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3, %4, %5 left</source>
        <translation>Téléchargement de %1 : %2 sur %3, %4, %5 restants</translation>
    </message>
    <message>
        <source>Downloaded and checked. Loading…</source>
        <translation>Téléchargé et vérifié. Chargement…</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>Le téléchargement a échoué.</translation>
    </message>
    <message>
        <source>Paused. Resume it from Models › Downloads.</source>
        <translation>Suspendu. Reprenez-le depuis Modèles › Téléchargements.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exporter la conversation…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>Exporter &amp;toutes les conversations…</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importer des conversations…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>&amp;Modifier le dernier message</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>&amp;Régénérer la réponse</translation>
    </message>
    <message>
        <source>&amp;Continue reply</source>
        <translation>&amp;Continuer la réponse</translation>
    </message>
    <message>
        <source>&amp;Previous version of the reply</source>
        <translation>Version &amp;précédente de la réponse</translation>
    </message>
    <message>
        <source>&amp;Next version of the reply</source>
        <translation>Version &amp;suivante de la réponse</translation>
    </message>
</context>
<context>
    <name>_Start</name>
    <message>
        <source>LlamaDesk could not start: %1. Details are in the log file.</source>
        <translation>LlamaDesk n’a pas pu démarrer : %1. Les détails sont dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>_Thumb</name>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4)</source>
        <translation>%1 (%2 × %3, %4)</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>Image jointe %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
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
        <translation>LlamaDesk a rencontré un bogue</translation>
    </message>
    <message>
        <source>Something went wrong inside LlamaDesk. Your conversations are saved. The details below are also in the log file; please include them in a bug report.</source>
        <translation>Un problème est survenu dans LlamaDesk. Vos conversations sont enregistrées. Les détails ci-dessous figurent aussi dans le fichier journal ; joignez-les à votre rapport de bogue.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The history file is damaged (SQLite finds it malformed). LlamaDesk has not changed it. Move history.sqlite3 out of the data folder to start afresh, or put back a backup from the same folder (history.sqlite3.before-….bak).</source>
        <translation>Le fichier d’historique est endommagé (SQLite le juge mal formé). LlamaDesk ne l’a pas modifié. Déplacez history.sqlite3 hors du dossier de données pour repartir de zéro, ou remettez une sauvegarde du même dossier (history.sqlite3.before-….bak).</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (it holds %2), so LlamaDesk left it as it is. Move it out of the data folder, or choose another data folder.</source>
        <translation>%1 est la base de données d’un autre programme (elle contient %2) : LlamaDesk l’a laissée telle quelle. Déplacez-la hors du dossier de données, ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>This history was written by a newer LlamaDesk (history format %1; this version reads up to %2). Nothing was changed: update LlamaDesk to open it.</source>
        <translation>Cet historique a été écrit par une version plus récente de LlamaDesk (format %1 ; cette version lit jusqu’à %2). Rien n’a été modifié : mettez LlamaDesk à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 is damaged: its setting %2 is %3, which no model can have. Download the model again, or ask whoever made the file.</source>
        <translation>%1 est endommagé : son paramètre %2 vaut %3, ce qu’aucun modèle ne peut avoir. Téléchargez à nouveau le modèle, ou contactez l’auteur du fichier.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for a system prompt, so the system prompt is put at the start of the first message.</source>
        <translation>Le modèle de conversation de ce modèle ne prévoit pas de prompt système : le prompt système est donc placé au début du premier message.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), so LlamaDesk uses llama.cpp&apos;s built-in “%2” format, which it matches.</source>
        <translation>Le modèle de conversation de ce modèle n’a pas pu être utilisé (%1) : LlamaDesk utilise donc le format intégré « %2 » de llama.cpp, qui lui correspond.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), and it matches none of llama.cpp&apos;s built-in formats, so the conversation is sent as plain text. Replies may be poorer.</source>
        <translation>Le modèle de conversation de ce modèle n’a pas pu être utilisé (%1) et ne correspond à aucun format intégré de llama.cpp : la conversation est donc envoyée en texte brut. Les réponses peuvent être moins bonnes.</translation>
    </message>
    <message>
        <source>%1 cannot read images: %2</source>
        <translation>%1 ne peut pas lire d&apos;images : %2</translation>
    </message>
    <message>
        <source>Only a reply can be regenerated.</source>
        <translation>Seule une réponse peut être régénérée.</translation>
    </message>
    <message>
        <source>This reply has no message to answer.</source>
        <translation>Cette réponse n&apos;a pas de message auquel répondre.</translation>
    </message>
    <message>
        <source>This message and its images do not fit the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Send fewer images, shorten the message, or raise the context size.</source>
        <translation>Ce message et ses images ne tiennent pas dans la fenêtre de contexte du modèle : l&apos;invite demande %1 jetons et la fenêtre en contient %2, dont %3 réservés à la réponse. Envoyez moins d&apos;images, raccourcissez le message ou augmentez la taille du contexte.</translation>
    </message>
    <message>
        <source>This message is too long for the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Shorten the message or the system prompt, or raise the context size.</source>
        <translation>Ce message est trop long pour la fenêtre de contexte du modèle : le prompt demande %1 jetons et la fenêtre en contient %2, dont %3 réservés à la réponse. Raccourcissez le message ou le prompt système, ou augmentez la taille du contexte.</translation>
    </message>
    <message>
        <source>The model file does not exist: %1</source>
        <translation>Le fichier du modèle n&apos;existe pas : %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a model file.</source>
        <translation>%1 est un dossier, pas un fichier de modèle.</translation>
    </message>
    <message>
        <source>The model file could not be read: %1.</source>
        <translation>Le fichier du modèle n&apos;a pas pu être lu : %1.</translation>
    </message>
    <message>
        <source>%1 is not a GGUF model file. LlamaDesk runs .gguf models, such as those in TheBloke/Llama-2-7B-Chat-GGUF.</source>
        <translation>%1 n&apos;est pas un fichier de modèle GGUF. LlamaDesk exécute des modèles .gguf, comme ceux de TheBloke/Llama-2-7B-Chat-GGUF.</translation>
    </message>
    <message>
        <source>%1 uses GGUF version %2, which this LlamaDesk cannot read (it reads versions %3).</source>
        <translation>%1 utilise la version %2 de GGUF, que ce LlamaDesk ne sait pas lire (il lit les versions %3).</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. It should hold at least %2 bytes but has %3. The download was probably cut off: download it again.</source>
        <translation>%1 est incomplet ou endommagé. Il devrait contenir au moins %2 octets mais en a %3. Le téléchargement a probablement été interrompu : téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. The download was probably cut off: download it again.</source>
        <translation>%1 est incomplet ou endommagé. Le téléchargement a probablement été interrompu : téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>llama.cpp could not load %1 (architecture &apos;%2&apos;). The architecture may be unsupported by this version of LlamaDesk, or the file may be damaged.</source>
        <translation>llama.cpp n&apos;a pas pu charger %1 (architecture « %2 »). Cette version de LlamaDesk ne prend peut-être pas en charge cette architecture, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory on this computer even with the pool&apos;s help, but only %3 is free. Add a worker, or close other programs.</source>
        <translation>%1 a besoin d&apos;environ %2 de mémoire sur cet ordinateur même avec l&apos;aide du groupe, mais seulement %3 sont libres. Ajoutez un poste, ou fermez d&apos;autres programmes.</translation>
    </message>
    <message>
        <source>Pooled: %1 of %2 layers run on %3.</source>
        <translation>En groupe : %1 couches sur %2 tournent sur %3.</translation>
    </message>
    <message>
        <source>Context: %1 tokens, LlamaDesk&apos;s default (the model takes up to %2).</source>
        <translation>Contexte : %1 jetons, valeur par défaut de LlamaDesk (le modèle accepte jusqu&apos;à %2).</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory (at a context of %3 tokens), but only %4 is free. Close other programs, or choose a smaller model or quantization.</source>
        <translation>%1 a besoin d&apos;environ %2 de mémoire (pour un contexte de %3 jetons), mais seuls %4 sont libres. Fermez d&apos;autres programmes, ou choisissez un modèle ou une quantification plus petits.</translation>
    </message>
    <message>
        <source>Running on the CPU: this build of llama.cpp has no GPU support.</source>
        <translation>Exécution sur le CPU : cette version de llama.cpp ne prend pas en charge les GPU.</translation>
    </message>
    <message>
        <source>Running on the CPU: no %1 GPU was found.</source>
        <translation>Exécution sur le CPU : aucun GPU %1 n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Running on the CPU: GPU offload is turned off.</source>
        <translation>Exécution sur le processeur : le déchargement sur GPU est désactivé.</translation>
    </message>
    <message>
        <source>Running on the CPU: the model does not fit in the free memory of %1 (%2 free).</source>
        <translation>Exécution sur le CPU : le modèle ne tient pas dans la mémoire libre de %1 (%2 libres).</translation>
    </message>
    <message>
        <source>%1 of %2 layers fit on %3; the rest run on the CPU, which is slower.</source>
        <translation>%1 couches sur %2 tiennent sur %3 ; le reste tourne sur le CPU, plus lentement.</translation>
    </message>
    <message>
        <source>The context window was lowered from %1 to %2 tokens because memory is short.</source>
        <translation>La fenêtre de contexte a été réduite de %1 à %2 jetons faute de mémoire.</translation>
    </message>
    <message>
        <source>Loading onto %1 failed, so the model runs on the CPU instead, which is slower.</source>
        <translation>Le chargement sur %1 a échoué : le modèle tourne donc sur le CPU, plus lentement.</translation>
    </message>
    <message>
        <source>Not a chat model: text is continued as written.</source>
        <translation>Pas un modèle de discussion : le texte est prolongé tel qu&apos;écrit.</translation>
    </message>
    <message>
        <source>The model failed while answering: %1</source>
        <translation>Le modèle a échoué pendant la réponse : %1</translation>
    </message>
    <message>
        <source>Replies are sped up by prompt lookup instead.</source>
        <translation>Les réponses sont accélérées à la place en devinant d&apos;après la conversation.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, so the reply stops here; it is kept, marked interrupted. Load the model again to go on.</source>
        <translation>Le poste %1 ne répond plus : la réponse s&apos;arrête ici ; elle est conservée, marquée comme interrompue. Rechargez le modèle pour continuer.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering while the model loaded.</source>
        <translation>Le poste %1 a cessé de répondre pendant le chargement du modèle.</translation>
    </message>
    <message>
        <source>no projector was loaded with it.</source>
        <translation>aucun projecteur n&apos;a été chargé avec lui.</translation>
    </message>
    <message>
        <source>it is not a vision model, or its projector file (mmproj….gguf) is not beside it.</source>
        <translation>ce n&apos;est pas un modèle de vision, ou son fichier projecteur (mmproj….gguf) n&apos;est pas à côté.</translation>
    </message>
    <message>
        <source>this build of the engine has no image support (libmtmd).</source>
        <translation>cette version du moteur ne prend pas en charge les images (libmtmd).</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub.</source>
        <translation>Le nom de fichier %1 venant du Hub est refusé.</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub: it points outside the models folder.</source>
        <translation>Le nom de fichier %1 venant du Hub est refusé : il pointe hors du dossier des modèles.</translation>
    </message>
    <message>
        <source>Not enough free disk space for %1: it needs %2 more, and only %3 is free in %4.</source>
        <translation>Pas assez d&apos;espace disque pour %1 : il faut %2 de plus, et seuls %3 sont libres dans %4.</translation>
    </message>
    <message>
        <source>The download of %1 kept failing (%2). What arrived is kept: try again to resume.</source>
        <translation>Le téléchargement de %1 a échoué à plusieurs reprises (%2). Ce qui est arrivé est conservé : réessayez pour reprendre.</translation>
    </message>
    <message>
        <source>The Hub refused the download (%1): check your token and that your account has access to this model.</source>
        <translation>Le Hub a refusé le téléchargement (%1) : vérifiez votre jeton et que votre compte a accès à ce modèle.</translation>
    </message>
    <message>
        <source>The file is no longer on the Hub.</source>
        <translation>Le fichier n&apos;est plus sur le Hub.</translation>
    </message>
    <message>
        <source>The Hub answered %1.</source>
        <translation>Le Hub a répondu %1.</translation>
    </message>
    <message>
        <source>%1 arrived damaged and was deleted: expected %2 bytes with SHA-256 %3, received %4 bytes with SHA-256 %5. Download it again.</source>
        <translation>%1 est arrivé endommagé et a été supprimé : %2 octets attendus avec le SHA-256 %3, %4 octets reçus avec le SHA-256 %5. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The disk filled up during the download. Free some space and try again: it resumes.</source>
        <translation>Le disque s&apos;est rempli pendant le téléchargement. Libérez de l&apos;espace et réessayez : il reprendra.</translation>
    </message>
    <message>
        <source>The download could not be written to the disk (%1). Try again: it resumes.</source>
        <translation>Le téléchargement n’a pas pu être écrit sur le disque (%1). Réessayez : il reprendra.</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set, so LlamaDesk will not contact the Hub. Unset it to download or check models.</source>
        <translation>HF_HUB_OFFLINE est défini : LlamaDesk ne contactera pas le Hub. Supprimez cette variable pour télécharger ou vérifier des modèles.</translation>
    </message>
    <message>
        <source>The Hub could not be reached: %1</source>
        <translation>Le Hub est injoignable : %1</translation>
    </message>
    <message>
        <source>There is no model %1 on the Hub.</source>
        <translation>Il n&apos;y a pas de modèle %1 sur le Hub.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached from this computer now, so models cannot be searched or downloaded; everything else works offline.</source>
        <translation>Le Hub Hugging Face est injoignable depuis cet ordinateur pour l’instant : impossible de chercher ou de télécharger des modèles ; tout le reste fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>%1 is gated: its owner shares it with signed-in accounts that ask for access on its page. Add a Hugging Face token, ask for access, then open it again (`llamadesk models access %1` says which step is missing).</source>
        <translation>%1 est à accès restreint : son propriétaire le partage avec les comptes connectés qui en font la demande sur sa page. Ajoutez un jeton Hugging Face, demandez l&apos;accès, puis rouvrez-le (`llamadesk models access %1` indique l&apos;étape manquante).</translation>
    </message>
    <message>
        <source>%1 is gated and your Hugging Face account has no access yet: ask for it on the repository&apos;s page, then open it again (`llamadesk models access %1` says what the Hub answers).</source>
        <translation>%1 est à accès restreint et votre compte Hugging Face n&apos;y a pas encore accès : demandez-le sur la page du dépôt, puis rouvrez-le (`llamadesk models access %1` donne la réponse du Hub).</translation>
    </message>
    <message>
        <source>part %1 of %2 is missing from the repo</source>
        <translation>la partie %1 sur %2 manque dans le dépôt</translation>
    </message>
    <message>
        <source>%1 is gated and this account has no access: ask for it on the repository&apos;s page, or run `llamadesk models access %1` for what to do.</source>
        <translation>%1 est à accès restreint et ce compte n&apos;y a pas accès : demandez-le sur la page du dépôt, ou lancez `llamadesk models access %1` pour savoir quoi faire.</translation>
    </message>
    <message>
        <source>%1 is not in %2, or the Hub gave no hash for it.</source>
        <translation>%1 n&apos;est pas dans %2, ou le Hub n&apos;en a pas fourni l&apos;empreinte.</translation>
    </message>
    <message>
        <source>%1 cannot be downloaded: %2.</source>
        <translation>%1 ne peut pas être téléchargé : %2.</translation>
    </message>
    <message>
        <source>%1 changed on the Hub since it was listed (its size or hash is not the same): look at the repository again.</source>
        <translation>%1 a changé sur le Hub depuis qu’il a été listé (sa taille ou son empreinte diffère) : consultez de nouveau le dépôt.</translation>
    </message>
    <message>
        <source>The projector could not be copied beside the model: %1</source>
        <translation>Le projecteur n&apos;a pas pu être copié à côté du modèle : %1</translation>
    </message>
    <message>
        <source>%1 is already in the models folder.</source>
        <translation>%1 est déjà dans le dossier des modèles.</translation>
    </message>
    <message>
        <source>%1 is loaded. Load another model or close it first.</source>
        <translation>%1 est chargé. Chargez d&apos;abord un autre modèle ou fermez-le.</translation>
    </message>
    <message>
        <source>No installed model has the id %1 (see `llamadesk models list`).</source>
        <translation>Aucun modèle installé n&apos;a l&apos;identifiant %1 (voir `llamadesk models list`).</translation>
    </message>
    <message>
        <source>The list of installed models is damaged (%1).</source>
        <translation>La liste des modèles installés est endommagée (%1).</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Le jeton est vide.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring (on Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet), so LlamaDesk cannot keep the token safely. It never writes tokens to disk in plain text: use it for this session only, or set HF_TOKEN yourself.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de clés utilisable (sous Linux, installez et déverrouillez un Secret Service comme GNOME Keyring ou KWallet) : LlamaDesk ne peut donc pas conserver le jeton en sécurité. Il n&apos;écrit jamais de jeton en clair sur le disque : utilisez-le pour cette session seulement, ou définissez HF_TOKEN vous-même.</translation>
    </message>
    <message>
        <source>The keyring refused the token (%1). Unlock it and try again.</source>
        <translation>Le trousseau de clés a refusé le jeton (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full, so the history could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>Le disque est plein : l&apos;historique n&apos;a pas pu être enregistré. Libérez de l&apos;espace et réessayez ; rien de ce qui était déjà enregistré n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The history file is locked by another program (is LlamaDesk open twice?).</source>
        <translation>Le fichier d&apos;historique est verrouillé par un autre programme (LlamaDesk est-il ouvert deux fois ?).</translation>
    </message>
    <message>
        <source>The history file could not be opened. Check that its folder exists and is writable.</source>
        <translation>Le fichier d&apos;historique n&apos;a pas pu être ouvert. Vérifiez que son dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The history file is read-only.</source>
        <translation>Le fichier d&apos;historique est en lecture seule.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving the history.</source>
        <translation>Le disque a signalé une erreur pendant l&apos;enregistrement de l&apos;historique.</translation>
    </message>
    <message>
        <source>The history file is damaged or is not a LlamaDesk database.</source>
        <translation>Le fichier d&apos;historique est endommagé ou n&apos;est pas une base de données LlamaDesk.</translation>
    </message>
    <message>
        <source>The history file could not be read: %1</source>
        <translation>Le fichier d’historique n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>This history needs an update (format %1 to %2), which its read-only folder does not allow. Make the folder writable, then try again.</source>
        <translation>Cet historique doit être mis à jour (format %1 vers %2), ce que son dossier en lecture seule ne permet pas. Rendez le dossier accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>The history folder could not be created: %1</source>
        <translation>Le dossier d&apos;historique n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 n&apos;est pas du JSON valide (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 ne peut pas être importé : %2.</translation>
    </message>
    <message>
        <source>LlamaDesk cannot write to its data folder %1 (%2). Reading commands (list, search, export) still work; for anything else, make the folder writable or choose another with --data-dir.</source>
        <translation>LlamaDesk ne peut pas écrire dans son dossier de données %1 (%2). Les commandes de lecture (list, search, export) fonctionnent encore ; pour le reste, rendez le dossier accessible en écriture ou choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>Another LlamaDesk is using the data in %1. Close it first, or choose another folder with --data-dir.</source>
        <translation>Un autre LlamaDesk utilise les données de %1. Fermez-le d&apos;abord, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation>Il n&apos;y a pas de conversation avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The image %1 is not in the history.</source>
        <translation>L&apos;image %1 n&apos;est pas dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited; regenerate a reply instead.</source>
        <translation>Seuls vos propres messages peuvent être modifiés ; régénérez plutôt une réponse.</translation>
    </message>
    <message>
        <source>There is no reply with id %1.</source>
        <translation>Il n&apos;y a pas de réponse avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no message with id %1.</source>
        <translation>Il n&apos;y a pas de message avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>LlamaDesk cannot use its data folder %1: %2.</source>
        <translation>LlamaDesk ne peut pas utiliser son dossier de données %1 : %2.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be used: %1</source>
        <translation>Ce schéma JSON ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>Le trousseau du système n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Aucun modèle n’est chargé.</translation>
    </message>
    <message>
        <source>The model is busy with other requests. Try again shortly.</source>
        <translation>Le modèle est occupé par d’autres requêtes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, and %2 does not fit on this computer alone. Start the pool on that computer again, then restart `llamadesk serve`.</source>
        <translation>Le poste %1 ne répond plus, et %2 ne tient pas sur cet ordinateur seul. Relancez la mise en commun sur l&apos;autre ordinateur, puis redémarrez `llamadesk serve`.</translation>
    </message>
    <message>
        <source>The window chooses the model; the API cannot load another.</source>
        <translation>La fenêtre choisit le modèle ; l’API ne peut pas en charger un autre.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while loading %1: %2. The model was not loaded again.</source>
        <translation>LlamaDesk s&apos;est fermé de façon inattendue pendant le chargement de %1 : %2. Le modèle n&apos;a pas été rechargé.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while %1 was answering: %2. The model was not loaded again.</source>
        <translation>LlamaDesk s&apos;est fermé de façon inattendue pendant que %1 répondait : %2. Le modèle n&apos;a pas été rechargé.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while indexing documents with %1: %2. The model was not loaded again.</source>
        <translation>LlamaDesk s&apos;est fermé de façon inattendue pendant l&apos;indexation de documents avec %1 : %2. Le modèle n&apos;a pas été rechargé.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while loading %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>LlamaDesk a été arrêté de l&apos;extérieur pendant le chargement de %1 (peut-être faute de mémoire). Le modèle n&apos;a pas été rechargé.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while %1 was answering (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>LlamaDesk a été arrêté de l&apos;extérieur pendant que %1 répondait (peut-être faute de mémoire). Le modèle n&apos;a pas été rechargé.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while indexing documents with %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>LlamaDesk a été arrêté de l&apos;extérieur pendant l&apos;indexation de documents avec %1 (peut-être faute de mémoire). Le modèle n&apos;a pas été rechargé.</translation>
    </message>
    <message>
        <source>The safe settings run it on the CPU only, with the engine configuration below the one that crashed.</source>
        <translation>Les réglages sûrs l&apos;exécutent sur le CPU seul, avec la configuration du moteur sous celle qui a planté.</translation>
    </message>
    <message>
        <source>llama.cpp crashed on this computer with %1 in every configuration LlamaDesk tried (%2). The model was not loaded.</source>
        <translation>llama.cpp a planté sur cet ordinateur avec %1 dans chaque configuration essayée par LlamaDesk (%2). Le modèle n&apos;a pas été chargé.</translation>
    </message>
    <message>
        <source>This model needs llama.cpp&apos;s %1 CPU backend, and %2 is already in use: restart LlamaDesk to load it.</source>
        <translation>Ce modèle a besoin du moteur CPU %1 de llama.cpp, et %2 est déjà utilisé : redémarrez LlamaDesk pour le charger.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it with llama.cpp&apos;s weight repacking off: a little slower.</source>
        <translation>Après un plantage de LlamaDesk avec ce type de modèle, il l&apos;exécute sans la réorganisation des poids de llama.cpp : un peu plus lent.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend.</source>
        <translation>Après un plantage de LlamaDesk avec ce type de modèle, il l&apos;exécute sur le moteur CPU %1 de llama.cpp.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend with weight repacking off.</source>
        <translation>Après un plantage de LlamaDesk avec ce type de modèle, il l&apos;exécute sur le moteur CPU %1 de llama.cpp, sans réorganiser les poids.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s repacked weights (%1), so repacking is off for this kind of model: a little slower, and safe.</source>
        <translation>Ce CPU a planté dans les poids réorganisés de llama.cpp (%1) : la réorganisation est donc désactivée pour ce type de modèle, un peu plus lent et sûr.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend instead.</source>
        <translation>Ce CPU a planté dans le code le plus rapide de llama.cpp (%1) : LlamaDesk utilise donc plutôt son moteur CPU %2.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend with weight repacking off.</source>
        <translation>Ce CPU a planté dans le code le plus rapide de llama.cpp (%1) : LlamaDesk utilise donc son moteur CPU %2, sans réorganiser les poids.</translation>
    </message>
    <message>
        <source>The program %1 does not exist or cannot be run.</source>
        <translation>Le programme %1 n’existe pas ou ne peut pas être lancé.</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Install %2, or give the command&apos;s full path.</source>
        <translation>« %1 » est introuvable sur cet ordinateur. Installez %2, ou donnez le chemin complet de la commande.</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Give the command&apos;s full path.</source>
        <translation>« %1 » est introuvable sur cet ordinateur. Donnez le chemin complet de la commande.</translation>
    </message>
    <message>
        <source>A server&apos;s name must be 1 to 64 letters, digits, spaces, dots, dashes or underscores: %1</source>
        <translation>Le nom d’un serveur doit compter de 1 à 64 lettres, chiffres, espaces, points, tirets ou soulignés : %1</translation>
    </message>
    <message>
        <source>The server “%1” has no command.</source>
        <translation>Le serveur « %1 » n’a pas de commande.</translation>
    </message>
    <message>
        <source>The server “%1”: its arguments must be a list of text.</source>
        <translation>Serveur « %1 » : ses arguments doivent être une liste de textes.</translation>
    </message>
    <message>
        <source>The server “%1”: its environment must map variable names to text.</source>
        <translation>Serveur « %1 » : son environnement doit associer des noms de variables à des textes.</translation>
    </message>
    <message>
        <source>The server “%1”: its timeout must be 1 to 3600 seconds.</source>
        <translation>Serveur « %1 » : son délai doit être de 1 à 3600 secondes.</translation>
    </message>
    <message>
        <source>This is not JSON: %1</source>
        <translation>Ce n’est pas du JSON : %1</translation>
    </message>
    <message>
        <source>Expected {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}.</source>
        <translation>Attendu : {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}.</translation>
    </message>
    <message>
        <source>The server “%1” must be an object.</source>
        <translation>Le serveur « %1 » doit être un objet.</translation>
    </message>
    <message>
        <source>The server “%1” is reached over the network; LlamaDesk runs only local servers (a command).</source>
        <translation>Le serveur « %1 » est joint par le réseau ; LlamaDesk ne lance que des serveurs locaux (une commande).</translation>
    </message>
    <message>
        <source>Downloading this model needs your acceptance of the %1. Read it with `llamadesk models license %2`, then download again with --accept-license.</source>
        <translation>Télécharger ce modèle demande votre acceptation de : %1. Lisez-la avec `llamadesk models license %2`, puis relancez le téléchargement avec --accept-license.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; images up to %3 MB can be attached.</source>
        <translation>%1 fait %2 Mo ; les images jusqu&apos;à %3 Mo peuvent être jointes.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 would decode to more than %2 million pixels, which is more than any model reads; it is refused as a possible decompression bomb.</source>
        <translation>%1 se décompresserait en plus de %2 millions de pixels, plus qu&apos;aucun modèle ne lit ; il est refusé comme possible bombe de décompression.</translation>
    </message>
    <message>
        <source>%1 is not an image LlamaDesk can read: PNG, JPEG, WebP and GIF are taken (SVG and other formats are not).</source>
        <translation>%1 n&apos;est pas une image que LlamaDesk sait lire : PNG, JPEG, WebP et GIF sont acceptés (pas SVG ni d&apos;autres formats).</translation>
    </message>
    <message>
        <source>%1 is a %2 image; PNG, JPEG, WebP and GIF are taken.</source>
        <translation>%1 est une image %2 ; PNG, JPEG, WebP et GIF sont acceptés.</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short and cannot be read (%2).</source>
        <translation>%1 est endommagé ou tronqué et ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1 is not a projector GGUF (%2).</source>
        <translation>%1 n&apos;est pas un GGUF de projecteur (%2).</translation>
    </message>
    <message>
        <source>%1 is a model, not a projector: a projector&apos;s name usually starts with mmproj.</source>
        <translation>%1 est un modèle, pas un projecteur : le nom d&apos;un projecteur commence généralement par mmproj.</translation>
    </message>
    <message>
        <source>This build of the engine cannot read images (it has no libmtmd).</source>
        <translation>Cette version du moteur ne peut pas lire d&apos;images (elle n&apos;a pas libmtmd).</translation>
    </message>
    <message>
        <source>The projector %1 could not be loaded with this model: it may be damaged, or made for another model (its width must match the model&apos;s).</source>
        <translation>Le projecteur %1 n&apos;a pas pu être chargé avec ce modèle : il est peut-être endommagé, ou fait pour un autre modèle (sa largeur doit correspondre à celle du modèle).</translation>
    </message>
    <message>
        <source>%1 is not a vision projector (it reads no images).</source>
        <translation>%1 n&apos;est pas un projecteur de vision (il ne lit aucune image).</translation>
    </message>
    <message>
        <source>The projector could not read this image.</source>
        <translation>Le projecteur n&apos;a pas pu lire cette image.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (another kind of tokenizer). A draft must be a smaller model of the same family.</source>
        <translation>%1 ne peut pas servir de brouillon pour ce modèle : son vocabulaire n&apos;est pas le même (un autre type de tokeniseur). Un modèle brouillon doit être un modèle plus petit de la même famille.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (other start and end tokens). A draft must be a smaller model of the same family.</source>
        <translation>%1 ne peut pas servir de brouillon pour ce modèle : son vocabulaire n&apos;est pas le même (d&apos;autres jetons de début et de fin). Un modèle brouillon doit être un modèle plus petit de la même famille.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (%2 tokens, not %3). A draft must be a smaller model of the same family.</source>
        <translation>%1 ne peut pas servir de brouillon pour ce modèle : son vocabulaire n&apos;est pas le même (%2 jetons, pas %3). Un modèle brouillon doit être un modèle plus petit de la même famille.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (token %2 differs). A draft must be a smaller model of the same family.</source>
        <translation>%1 ne peut pas servir de brouillon pour ce modèle : son vocabulaire n&apos;est pas le même (le jeton %2 diffère). Un modèle brouillon doit être un modèle plus petit de la même famille.</translation>
    </message>
    <message>
        <source>%1 is an embedding model; it cannot write a draft.</source>
        <translation>%1 est un modèle d&apos;embedding ; il ne peut pas écrire de brouillon.</translation>
    </message>
    <message>
        <source>No pairing code is kept for the pool worker %1: add it again with `llamadesk pool add %1`.</source>
        <translation>Aucun code d&apos;appairage n&apos;est conservé pour le poste %1 : ajoutez-le de nouveau avec `llamadesk pool add %1`.</translation>
    </message>
    <message>
        <source>The pool has no worker yet: run `llamadesk pool serve` on another computer, then `llamadesk pool add ADDRESS:PORT` here.</source>
        <translation>Le groupe n&apos;a encore aucun poste : lancez `llamadesk pool serve` sur un autre ordinateur, puis `llamadesk pool add ADRESSE:PORT` ici.</translation>
    </message>
    <message>
        <source>%1 is not a worker address: write it as host:port, such as 192.168.1.20:50052.</source>
        <translation>%1 n&apos;est pas une adresse de poste : écrivez-la sous la forme hôte:port, par exemple 192.168.1.20:50052.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering in the middle of a reply, so LlamaDesk has to close. The reply so far is kept in the history, marked interrupted.</source>
        <translation>Le poste %1 a cessé de répondre au milieu d&apos;une réponse : LlamaDesk doit se fermer. La réponse obtenue jusque-là est conservée dans l&apos;historique, marquée comme interrompue.</translation>
    </message>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>Cette version du moteur de LlamaDesk n&apos;a pas de backend RPC : elle ne peut pas regrouper d&apos;ordinateurs.</translation>
    </message>
    <message>
        <source>The pool worker %1 paired but lends no device.</source>
        <translation>Le poste %1 est appairé mais ne prête aucun appareil.</translation>
    </message>
    <message>
        <source>That is not a pairing code: it is four groups of five letters and digits, as the worker shows it.</source>
        <translation>Ce n&apos;est pas un code d&apos;appairage : il compte quatre groupes de cinq lettres et chiffres, tel que le poste l&apos;affiche.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so the pairing code cannot be kept. Set %1 for each run instead (host:port=CODE, separated by ;).</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau utilisable : le code d&apos;appairage ne peut pas être conservé. Définissez plutôt %1 à chaque lancement (hôte:port=CODE, séparés par ;).</translation>
    </message>
    <message>
        <source>The pool worker %1 cannot be reached. Is `llamadesk pool serve` running there, and is the address right?</source>
        <translation>Le poste %1 est injoignable. `llamadesk pool serve` y tourne-t-il, et l&apos;adresse est-elle juste ?</translation>
    </message>
    <message>
        <source>%1 is not a LlamaDesk pool worker.</source>
        <translation>%1 n&apos;est pas un poste de groupe LlamaDesk.</translation>
    </message>
    <message>
        <source>The pool worker %1 runs another version (pool %2, llama.cpp RPC %3; this computer: pool %4, RPC %5). Install the same LlamaDesk version on both.</source>
        <translation>Le poste %1 utilise une autre version (groupe %2, RPC llama.cpp %3 ; cet ordinateur : groupe %4, RPC %5). Installez la même version de LlamaDesk sur les deux.</translation>
    </message>
    <message>
        <source>The pool worker %1 refused the pairing code. Enter the code it shows again.</source>
        <translation>Le poste %1 a refusé le code d&apos;appairage. Saisissez de nouveau le code qu&apos;il affiche.</translation>
    </message>
    <message>
        <source>The pool worker %1 could not prove it knows the pairing code; it may not be the computer you paired.</source>
        <translation>Le poste %1 n&apos;a pas pu prouver qu&apos;il connaît le code d&apos;appairage ; ce n&apos;est peut-être pas l&apos;ordinateur que vous avez appairé.</translation>
    </message>
</context>
<context>
    <name>model_actions</name>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <source>Import %1 (%2)?</source>
        <translation>Importer %1 (%2) ?</translation>
    </message>
    <message>
        <source>Use it where it is: nothing is copied, and LlamaDesk finds it there while the file stays. Copy it: LlamaDesk keeps its own copy in its models folder.</source>
        <translation>L&apos;utiliser là où il est : rien n&apos;est copié, et LlamaDesk le trouve là tant que le fichier y reste. Le copier : LlamaDesk garde sa propre copie dans son dossier de modèles.</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>Utiliser là où il est</translation>
    </message>
    <message>
        <source>Copy into LlamaDesk&apos;s folder</source>
        <translation>Copier dans le dossier de LlamaDesk</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>starters</name>
    <message>
        <source>Explain how a refrigerator keeps food cold, in simple words.</source>
        <translation>Explique simplement comment un réfrigérateur garde les aliments au froid.</translation>
    </message>
    <message>
        <source>Help me write a polite email asking to move a meeting to next week.</source>
        <translation>Aide-moi à écrire un e-mail poli pour déplacer une réunion à la semaine prochaine.</translation>
    </message>
    <message>
        <source>Give me three ideas for a weekend project with my kids.</source>
        <translation>Donne-moi trois idées de projet de week-end avec mes enfants.</translation>
    </message>
    <message>
        <source>Summarise the main points of the text I paste next.</source>
        <translation>Résume les points principaux du texte que je colle ensuite.</translation>
    </message>
    <message>
        <source>sends</source>
        <translation>envoie</translation>
    </message>
    <message>
        <source>starts a new line</source>
        <translation>commence une nouvelle ligne</translation>
    </message>
    <message>
        <source>stops a reply</source>
        <translation>arrête une réponse</translation>
    </message>
    <message>
        <source>new chat</source>
        <translation>nouvelle discussion</translation>
    </message>
    <message>
        <source>searches your conversations</source>
        <translation>cherche dans vos conversations</translation>
    </message>
    <message>
        <source>edits your last message</source>
        <translation>modifie votre dernier message</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>En attente de votre réponse : %1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 en cours…</translation>
    </message>
</context>
</TS>
