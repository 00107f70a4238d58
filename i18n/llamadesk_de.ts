<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LlamaDesk</source>
        <translation>Über LlamaDesk</translation>
    </message>
    <message>
        <source>Chat with Llama 2 and other GGUF models on this computer. Conversations stay on your disk; chatting uses no network.</source>
        <translation>Chatten Sie mit Llama 2 und anderen GGUF-Modellen auf diesem Computer. Unterhaltungen bleiben auf Ihrer Festplatte; der Chat nutzt kein Netzwerk.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <source>CPU code:</source>
        <translation>CPU-Code:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation>Modellordner:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>Lizenzen:</translation>
    </message>
    <message>
        <source>Llama 2 models: Llama 2 Community License</source>
        <translation>Llama-2-Modelle: Llama 2 Community License</translation>
    </message>
    <message>
        <source>Each model you download keeps its own licence.</source>
        <translation>Jedes heruntergeladene Modell behält seine eigene Lizenz.</translation>
    </message>
    <message>
        <source>chosen when a model is loaded</source>
        <translation>wird beim Laden eines Modells gewählt</translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation>nicht installiert (%1)</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>The catalog&apos;s models download without an account. A token is needed only for gated repositories such as Meta&apos;s own; it is kept in the system keyring and nowhere else.</source>
        <translation>Die Modelle des Katalogs lassen sich ohne Konto herunterladen. Ein Token braucht man nur für zugangsbeschränkte Repositorys wie das von Meta; es wird im Schlüsselbund des Systems gespeichert und sonst nirgends.</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging-Face-Token</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the token cannot be stored safely. It will be kept for this session only; on Linux, install and unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann das Token nicht sicher gespeichert werden. Es gilt nur für diese Sitzung; installieren und entsperren Sie unter Linux GNOME Keyring oder KWallet, um es zu behalten.</translation>
    </message>
    <message>
        <source>%1 is gated. Paste a token from huggingface.co/settings/tokens and press Check: it says whether the token opens %1.</source>
        <translation>%1 ist zugangsbeschränkt. Fügen Sie ein Token von huggingface.co/settings/tokens ein und drücken Sie „Prüfen“: Es zeigt, ob das Token %1 öffnet.</translation>
    </message>
    <message>
        <source>Token saved.</source>
        <translation>Token gespeichert.</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Token entfernt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Signed in as %1, with access to %2.</source>
        <translation>Angemeldet als %1, mit Zugriff auf %2.</translation>
    </message>
    <message>
        <source>No token: enter one from huggingface.co/settings/tokens.</source>
        <translation>Kein Token: Geben Sie eines von huggingface.co/settings/tokens ein.</translation>
    </message>
    <message>
        <source>The Hub does not accept this token. Create a new one at huggingface.co/settings/tokens.</source>
        <translation>Der Hub akzeptiert dieses Token nicht. Erstellen Sie ein neues unter huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <source>Signed in as %1, but without access to %2: request it on the repository&apos;s page.</source>
        <translation>Angemeldet als %1, aber ohne Zugriff auf %2: Beantragen Sie ihn auf der Seite des Repositorys.</translation>
    </message>
</context>
<context>
    <name>ApiServerControl</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Not started: port %1 cannot be used (%2).</source>
        <translation>Nicht gestartet: Port %1 kann nicht verwendet werden (%2).</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>On at %1</source>
        <translation>Aktiv unter %1</translation>
    </message>
</context>
<context>
    <name>ApiServerPage</name>
    <message>
        <source>Let programs on this computer use the model through the OpenAI API</source>
        <translation>Programmen auf diesem Computer erlauben, das Modell über die OpenAI-API zu nutzen</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Nur dieser Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>Alle Netzwerke dieses Computers (0.0.0.0)</translation>
    </message>
    <message>
        <source>Anyone who can reach this computer over the network and has the key can then use the model.</source>
        <translation>Dann kann jeder, der diesen Computer über das Netzwerk erreicht und den Schlüssel hat, das Modell nutzen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Programs that have the old key are refused from now on</source>
        <translation>Programme mit dem alten Schlüssel werden ab jetzt abgewiesen</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this key lasts until LlamaDesk quits. Set LLAMADESK_API_KEY to keep one.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund, daher gilt dieser Schlüssel nur, bis LlamaDesk beendet wird. Setzen Sie LLAMADESK_API_KEY, um einen dauerhaften zu haben.</translation>
    </message>
    <message>
        <source>None: web pages cannot call it</source>
        <translation>Keine: Webseiten können sie nicht aufrufen</translation>
    </message>
    <message>
        <source>Web pages allowed to call the API, such as http://localhost:3000, separated by commas</source>
        <translation>Webseiten, die die API aufrufen dürfen, etwa http://localhost:3000, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Keep API chats in the history (marked as the API&apos;s)</source>
        <translation>API-Chats im Verlauf behalten (als API-Chats gekennzeichnet)</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Web pages allowed:</source>
        <translation>Erlaubte Webseiten:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Requests use the model loaded here, one at a time, after your own messages.</source>
        <translation>Anfragen nutzen das hier geladene Modell, eine nach der anderen, nach Ihren eigenen Nachrichten.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Allow a tool call?</source>
        <translation>Werkzeugaufruf erlauben?</translation>
    </message>
    <message>
        <source>The model wants to use %1.</source>
        <translation>Das Modell möchte %1 verwenden.</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>Einmal &amp;erlauben</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>Dieses Werkzeug &amp;immer erlauben</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>At most %1 images go with one message.</source>
        <translation>Höchstens %1 Bilder passen zu einer Nachricht.</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Waiting for the model to load, then sending: %1</source>
        <translation>Warte, bis das Modell geladen ist, dann wird gesendet: %1</translation>
    </message>
    <message>
        <source>Editing your message: Enter sends it as a new version, Esc cancels</source>
        <translation>Sie bearbeiten Ihre Nachricht: Eingabe sendet sie als neue Version, Esc bricht ab</translation>
    </message>
    <message>
        <source>Version %1 / %2</source>
        <translation>Version %1 / %2</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Das Bild wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the images…</source>
        <translation>Die Bilder werden gelesen…</translation>
    </message>
    <message>
        <source>Context: %1 of %2 tokens</source>
        <translation>Kontext: %1 von %2 Token</translation>
    </message>
    <message numerus="yes">
        <source> · %n older message(s) no longer fit</source>
        <translation>
            <numerusform> · %n ältere Nachricht passt nicht mehr</numerusform>
            <numerusform> · %n ältere Nachrichten passen nicht mehr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation>Bilder anhängen (oder hier ablegen oder einfügen)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Eingefügtes Bild.png</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Enter for a new line</source>
        <translation>Strg+Eingabe sendet · Eingabe für neue Zeile</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter for a new line</source>
        <translation>Eingabe sendet · Umschalt+Eingabe für neue Zeile</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Neueste</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Zum Neuesten</translation>
    </message>
    <message>
        <source>Show the latest messages ›</source>
        <translation>Neueste Nachrichten zeigen ›</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>%1 % of guesses kept</source>
        <translation>%1 % der Vermutungen behalten</translation>
    </message>
    <message>
        <source>Start with one of these, or ask anything</source>
        <translation>Beginnen Sie mit einem davon, oder fragen Sie, was Sie möchten</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unbekanntes Modell</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation>erstes Token nach %1 ms</translation>
    </message>
    <message>
        <source>This message no longer fits the context window; the model does not see it when it answers.</source>
        <translation>Diese Nachricht passt nicht mehr in das Kontextfenster; das Modell sieht sie beim Antworten nicht.</translation>
    </message>
    <message>
        <source>outside the model&apos;s memory</source>
        <translation>außerhalb des Modellgedächtnisses</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibt …</translation>
    </message>
    <message>
        <source>%1 (%2 × %3): click to open</source>
        <translation>%1 (%2 × %3): zum Öffnen klicken</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted: cut off before it ended (LlamaDesk closed, or a pool computer stopped answering)</source>
        <translation>unterbrochen: vor dem Ende abgebrochen (LlamaDesk wurde geschlossen, oder ein Computer im Verbund antwortete nicht mehr)</translation>
    </message>
    <message>
        <source>cut off at the length limit</source>
        <translation>an der Längengrenze abgeschnitten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped after the most rounds of tool calls a reply may make (Settings › Tools)</source>
        <translation>angehalten nach den meisten Runden von Werkzeugaufrufen, die eine Antwort machen darf (Einstellungen › Werkzeuge)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>Document collections</source>
        <translation>Dokumentsammlungen</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>Indexing runs on this computer only; nothing is uploaded.</source>
        <translation>Die Indizierung läuft nur auf diesem Computer; nichts wird hochgeladen.</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Fortschritt der Indizierung</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Neu indizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>Indizierung anhalten</translation>
    </message>
    <message>
        <source>%1: %2 of %3 files, %4 passages, %5 passages/s</source>
        <translation>%1: %2 von %3 Dateien, %4 Passagen, %5 Passagen/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>%1 is up to date: %2 file(s) indexed, %3 unchanged, %4 removed, %5 skipped.</source>
        <translation>%1 ist aktuell: %2 Datei(en) indiziert, %3 unverändert, %4 entfernt, %5 übersprungen.</translation>
    </message>
    <message>
        <source>Loading the embedding model…</source>
        <translation>Embedding-Modell wird geladen…</translation>
    </message>
    <message>
        <source>Add a folder to %1</source>
        <translation>Ordner zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Sammlung entfernen</translation>
    </message>
    <message>
        <source>Forget the collection %1? Its files stay where they are.</source>
        <translation>Sammlung %1 vergessen? Ihre Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Indizierung fortsetzen</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message…</source>
        <translation>Nachricht…</translation>
    </message>
</context>
<context>
    <name>ConversationBrowser</name>
    <message>
        <source>Reply version %1 / %2</source>
        <translation>Antwortversion %1 / %2</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+F)</source>
        <translation>Unterhaltungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the thinking too</source>
        <translation>Auch im Nachdenken suchen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>From a program, through the local API</source>
        <translation>Von einem Programm, über die lokale API</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>in its thinking</source>
        <translation>im Nachdenken</translation>
    </message>
</context>
<context>
    <name>CrashBanner</name>
    <message>
        <source>Load with safe settings</source>
        <translation>Mit sicheren Einstellungen laden</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>The full crash report, for a bug report. Nothing is sent anywhere.</source>
        <translation>Der vollständige Absturzbericht, für eine Fehlermeldung. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Search GGUF models on Hugging Face (Qwen3, Gemma 3, Llama 3.1…)</source>
        <translation>GGUF-Modelle auf Hugging Face suchen (Qwen3, Gemma 3, Llama 3.1…)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Meistgeladen</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop waiting for the Hub</source>
        <translation>Nicht länger auf den Hub warten</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>Gefundene Modelle</translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation>&amp;Weitere Ergebnisse</translation>
    </message>
    <message>
        <source>Files to download</source>
        <translation>Dateien zum Herunterladen</translation>
    </message>
    <message>
        <source>Also the vision projector (for images)</source>
        <translation>Auch den Bildprojektor (für Bilder)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>gated</source>
        <translation>zugangsbeschränkt</translation>
    </message>
    <message>
        <source>%1 — %2 downloads · %3</source>
        <translation>%1 — %2 Downloads · %3</translation>
    </message>
    <message>
        <source>licence not given</source>
        <translation>Lizenz nicht angegeben</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>No GGUF models found.</source>
        <translation>Keine GGUF-Modelle gefunden.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Check your access…</source>
        <translation>Zugang prüfen…</translation>
    </message>
    <message>
        <source>Add a Hugging Face token…</source>
        <translation>Hugging-Face-Token hinzufügen…</translation>
    </message>
    <message>
        <source>asks for your acceptance before the download</source>
        <translation>verlangt vor dem Download Ihre Zustimmung</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>its page</source>
        <translation>seine Seite</translation>
    </message>
    <message>
        <source>gated: your Hugging Face token needs access</source>
        <translation>zugangsbeschränkt: Ihr Hugging-Face-Token braucht Zugriff</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>over 100 tokens/s</source>
        <translation>über 100 Token/s</translation>
    </message>
    <message>
        <source>~%1 tokens/s</source>
        <translation>~%1 Token/s</translation>
    </message>
    <message>
        <source>%1 parts</source>
        <translation>%1 Teile</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>&amp;Collections…</source>
        <translation>&amp;Sammlungen…</translation>
    </message>
</context>
<context>
    <name>DocumentsToggle</name>
    <message>
        <source>Documents to answer from</source>
        <translation>Dokumente für die Antwort</translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation>Noch keine Sammlungen</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>Sammlungen…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Dokumente: %1</translation>
    </message>
    <message>
        <source>Answer from these document collections too; the reply lists its sources under it.</source>
        <translation>Auch aus diesen Dokumentsammlungen antworten; die Antwort nennt ihre Quellen darunter.</translation>
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
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About LlamaDesk</source>
        <translation>Ü&amp;ber LlamaDesk</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Open a conversation to export it.</source>
        <translation>Öffnen Sie eine Unterhaltung, um sie zu exportieren.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>LlamaDesk JSON (*.json)</source>
        <translation>LlamaDesk-JSON (*.json)</translation>
    </message>
    <message>
        <source>All conversations, one file each (*.zip)</source>
        <translation>Alle Unterhaltungen, je eine Datei (*.zip)</translation>
    </message>
    <message>
        <source>All conversations, lossless (*.json)</source>
        <translation>Alle Unterhaltungen, verlustfrei (*.json)</translation>
    </message>
    <message>
        <source>LlamaDesk conversations</source>
        <translation>LlamaDesk-Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>LlamaDesk export (*.json)</source>
        <translation>LlamaDesk-Export (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n Unterhaltung importiert.</numerusform>
            <numerusform>%n Unterhaltungen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was already here.</source>
        <translation>
            <numerusform>%n war bereits vorhanden.</numerusform>
            <numerusform>%n waren bereits vorhanden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>IndexingWorker</name>
    <message>
        <source>There is already a collection named %1.</source>
        <translation>Es gibt bereits eine Sammlung namens %1.</translation>
    </message>
    <message>
        <source>There is no collection named %1.</source>
        <translation>Es gibt keine Sammlung namens %1.</translation>
    </message>
    <message>
        <source>The embedding model that built %1, %2, is no longer there. Download it again (Models › Embedding models) to keep this collection up to date; searching it still works, by keyword.</source>
        <translation>Das Embedding-Modell, mit dem %1 erstellt wurde (%2), ist nicht mehr da. Laden Sie es erneut herunter (Modelle › Embedding-Modelle), um diese Sammlung aktuell zu halten; die Suche darin funktioniert weiterhin, per Stichwort.</translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <source>Unexpected error while loading the model: %1. Details are in the log file.</source>
        <translation>Unerwarteter Fehler beim Laden des Modells: %1. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Unexpected error while answering: %1. Details are in the log file.</source>
        <translation>Unerwarteter Fehler beim Antworten: %1. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>This summary is a help, not the license: the English text below is what you agree to.</source>
        <translation>Diese Zusammenfassung ist eine Hilfe, nicht die Lizenz: Sie stimmen dem englischen Text unten zu.</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>I have read and accept the %1</source>
        <translation>Ich habe die %1 gelesen und akzeptiere sie</translation>
    </message>
    <message>
        <source>Scroll to the end of the text first</source>
        <translation>Scrollen Sie zuerst bis zum Ende des Textes</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
</context>
<context>
    <name>LicenseSummary</name>
    <message>
        <source>You may use, copy and change Llama 2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 July 2023 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 2&apos;s output to improve other large language models.</source>
        <translation>Sie dürfen Llama 2 kostenlos nutzen, kopieren und verändern, privat wie geschäftlich. Nur ein Unternehmen, dessen Produkte am 18. Juli 2023 mehr als 700 Millionen monatlich aktive Nutzer hatten, braucht eine eigene Lizenz von Meta. Sie stimmen außerdem Metas Richtlinie zur zulässigen Nutzung zu und dürfen die Ausgaben von Llama 2 nicht verwenden, um andere große Sprachmodelle zu verbessern.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 April 2024 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 3&apos;s output to improve other large language models.</source>
        <translation>Sie dürfen Llama 3 kostenlos nutzen, kopieren und verändern, privat wie geschäftlich. Nur ein Unternehmen, dessen Produkte am 18. April 2024 mehr als 700 Millionen monatlich aktive Nutzer hatten, braucht eine eigene Lizenz von Meta. Sie stimmen außerdem Metas Richtlinie zur zulässigen Nutzung zu und dürfen die Ausgaben von Llama 3 nicht verwenden, um andere große Sprachmodelle zu verbessern.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.1 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>Sie dürfen Llama 3.1 kostenlos nutzen, kopieren und verändern, privat wie geschäftlich. Nur ein Unternehmen, dessen Produkte am Veröffentlichungstag mehr als 700 Millionen monatlich aktive Nutzer hatten, braucht eine eigene Lizenz von Meta. Wenn Sie das Modell oder ein darauf aufbauendes Modell weitergeben, müssen Sie „Built with Llama“ angeben und den Namen dieses Modells mit „Llama“ beginnen lassen. Sie stimmen außerdem Metas Richtlinie zur zulässigen Nutzung zu.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy. The rights to its multimodal (vision) models are not granted to people living, or companies based, in the European Union.</source>
        <translation>Sie dürfen Llama 3.2 kostenlos nutzen, kopieren und verändern, privat wie geschäftlich. Nur ein Unternehmen, dessen Produkte am Veröffentlichungstag mehr als 700 Millionen monatlich aktive Nutzer hatten, braucht eine eigene Lizenz von Meta. Wenn Sie das Modell oder ein darauf aufbauendes Modell weitergeben, müssen Sie „Built with Llama“ angeben und den Namen dieses Modells mit „Llama“ beginnen lassen. Sie stimmen außerdem Metas Richtlinie zur zulässigen Nutzung zu. Die Rechte an den multimodalen (Bild-)Modellen werden Personen mit Wohnsitz und Unternehmen mit Sitz in der Europäischen Union nicht gewährt.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>Sie dürfen Llama 3.3 kostenlos nutzen, kopieren und verändern, privat wie geschäftlich. Nur ein Unternehmen, dessen Produkte am Veröffentlichungstag mehr als 700 Millionen monatlich aktive Nutzer hatten, braucht eine eigene Lizenz von Meta. Wenn Sie das Modell oder ein darauf aufbauendes Modell weitergeben, müssen Sie „Built with Llama“ angeben und den Namen dieses Modells mit „Llama“ beginnen lassen. Sie stimmen außerdem Metas Richtlinie zur zulässigen Nutzung zu.</translation>
    </message>
    <message>
        <source>You may use, copy and change Gemma for free, for personal or commercial work. You agree to Google&apos;s Gemma Prohibited Use Policy. If you share Gemma or a model built from it, you must pass on these terms and their use restrictions.</source>
        <translation>Sie dürfen Gemma kostenlos nutzen, kopieren und verändern, privat wie geschäftlich. Sie stimmen Googles Richtlinie zur verbotenen Nutzung von Gemma zu. Wenn Sie Gemma oder ein darauf aufbauendes Modell weitergeben, müssen Sie diese Bedingungen und ihre Nutzungsbeschränkungen weitergeben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The model could not be imported</source>
        <translation>Das Modell konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Antwort anhalten (Esc)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Nachricht eingeben. Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>The messages of this chat</source>
        <translation>Die Nachrichten dieses Chats</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>Modellzustand</translation>
    </message>
    <message>
        <source>What the model is doing</source>
        <translation>Was das Modell gerade tut</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Your conversations, newest first</source>
        <translation>Ihre Unterhaltungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search every conversation (Ctrl+F)</source>
        <translation>Alle Unterhaltungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Opening your conversations…</source>
        <translation>Ihre Unterhaltungen werden geöffnet…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Das Modell konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>Die Antwort ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>No model is loaded. Use File › Open model… to choose a GGUF file.</source>
        <translation>Kein Modell geladen. Wählen Sie mit Datei › Modell öffnen … eine GGUF-Datei.</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabe)</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <source>Template: automatic</source>
        <translation>Vorlage: automatisch</translation>
    </message>
    <message>
        <source>Llama 2</source>
        <translation>Llama 2</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>die des Modells</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>How messages are put to this model. Automatic reads it from the model file; the choice is kept for this model.</source>
        <translation>Wie Nachrichten an dieses Modell übergeben werden. Automatisch liest es aus der Modelldatei; die Wahl wird für dieses Modell gespeichert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading the model (Esc)</source>
        <translation>Laden des Modells abbrechen (Esc)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Answering a program through the local API; your next message waits its turn</source>
        <translation>Beantwortet ein Programm über die lokale API; Ihre nächste Nachricht wartet, bis sie an der Reihe ist</translation>
    </message>
    <message>
        <source>Context: no model</source>
        <translation>Kontext: kein Modell</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Choose the model to chat with</source>
        <translation>Modell für den Chat wählen</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Prompt-Vorlage</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>How far the model has loaded</source>
        <translation>Wie weit das Modell geladen ist</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Where the model runs: CPU or GPU</source>
        <translation>Wo das Modell läuft: CPU oder GPU</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Tokens used of the context window</source>
        <translation>Belegte Token des Kontextfensters</translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation>Kein Modell installiert</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>GGUF-Datei öffnen …</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Modelle verwalten …</translation>
    </message>
    <message>
        <source>Loading %1… %p%</source>
        <translation>%1 wird geladen … %p%</translation>
    </message>
    <message>
        <source>Template: automatic (%1)</source>
        <translation>Vorlage: automatisch (%1)</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>all layers</source>
        <translation>alle Schichten</translation>
    </message>
    <message>
        <source>%1 of %2 layers</source>
        <translation>%1 von %2 Schichten</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 Schichten</translation>
    </message>
    <message>
        <source>Cannot read images: %1</source>
        <translation>Kann keine Bilder lesen: %1</translation>
    </message>
    <message>
        <source>Reads images (projector %1)</source>
        <translation>Liest Bilder (Projektor %1)</translation>
    </message>
    <message>
        <source>sees images</source>
        <translation>sieht Bilder</translation>
    </message>
    <message>
        <source>Prompt template: %1</source>
        <translation>Prompt-Vorlage: %1</translation>
    </message>
    <message>
        <source>Settings › App › Context size sets a larger one, if memory allows.</source>
        <translation>Einstellungen › App › Kontextgröße legt einen größeren fest, wenn der Speicher reicht.</translation>
    </message>
    <message>
        <source>Settings › App › GPU layers turns it back on.</source>
        <translation>Einstellungen › App › GPU-Schichten schaltet sie wieder ein.</translation>
    </message>
    <message>
        <source>Its replies are capped and repetition is penalised: Settings › New chats › Models without a chat template.</source>
        <translation>Seine Antworten sind begrenzt und Wiederholungen werden bestraft: Einstellungen › Neue Chats › Modelle ohne Chatvorlage.</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 Token</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 ist installiert.</translation>
    </message>
    <message>
        <source>Draft model</source>
        <translation>Entwurfsmodell</translation>
    </message>
    <message>
        <source>A pool computer cannot be used</source>
        <translation>Ein Computer im Verbund ist nicht nutzbar</translation>
    </message>
    <message>
        <source>%1 fits on this computer alone (more slowly). Load it here?</source>
        <translation>%1 passt auch auf diesen Computer allein (langsamer). Hier laden?</translation>
    </message>
    <message>
        <source>Load here</source>
        <translation>Hier laden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>%1 does not fit on this computer alone. Start the pool on that computer again, then load the model.</source>
        <translation>%1 passt nicht auf diesen Computer allein. Starten Sie den Verbund auf dem anderen Computer neu und laden Sie dann das Modell.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Hugging Face account</source>
        <translation>Hugging-Face-Konto</translation>
    </message>
    <message>
        <source>Embedding models</source>
        <translation>Embedding-Modelle</translation>
    </message>
    <message>
        <source>Llama 2 chat models in every size and quantization. This computer has %1 of memory; the recommended model fits it comfortably.</source>
        <translation>Llama-2-Chatmodelle in jeder Größe und Quantisierung. Dieser Computer hat %1 Arbeitsspeicher; das empfohlene Modell passt bequem hinein.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Benötigter Speicher</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passt?</translation>
    </message>
    <message>
        <source>Speed here</source>
        <translation>Tempo hier</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>★ Recommended</source>
        <translation>★ Empfohlen</translation>
    </message>
    <message>
        <source>~%1 tokens/s</source>
        <translation>~%1 Token/s</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen …</translation>
    </message>
    <message>
        <source>Embedding models turn your documents into searchable vectors for Documents › Collections…. Their licenses ask for no acceptance.</source>
        <translation>Embedding-Modelle machen Ihre Dokumente für Dokumente › Sammlungen… durchsuchbar. Ihre Lizenzen verlangen keine Zustimmung.</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Gut für</translation>
    </message>
    <message>
        <source>Llama 2 first, then current models for people who would rather not search: each with its licence, how it fits this computer and the speed to expect. Llama and Gemma ask you to accept their licence first.</source>
        <translation>Zuerst Llama 2, dann aktuelle Modelle für alle, die nicht suchen möchten: jeweils mit Lizenz, wie es auf diesen Computer passt und welche Geschwindigkeit zu erwarten ist. Llama und Gemma verlangen zuerst Ihre Zustimmung zu ihrer Lizenz.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Zu groß für diesen Computer</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory, more than this computer has. Download it anyway?</source>
        <translation>%1 braucht etwa %2 Arbeitsspeicher, mehr als dieser Computer hat. Trotzdem herunterladen?</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after LlamaDesk restarts; every byte is checked against the Hub&apos;s SHA-256.</source>
        <translation>Downloads werden dort fortgesetzt, wo sie aufgehört haben, auch nach einem Neustart von LlamaDesk; jedes Byte wird gegen die SHA-256 des Hubs geprüft.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Faster replies…</source>
        <translation>Schnellere Antworten…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>GGUF importieren …</translation>
    </message>
    <message>
        <source>Drop .gguf files here to import them.</source>
        <translation>Ziehen Sie .gguf-Dateien hierher, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Used in place</source>
        <translation>An Ort und Stelle genutzt</translation>
    </message>
    <message>
        <source>Opened from %1</source>
        <translation>Geöffnet aus %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Remove %1 from the list? The file stays where it is.</source>
        <translation>%1 aus der Liste entfernen? Die Datei bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Conversations made with it stay.</source>
        <translation>%1 (%2) löschen? Damit geführte Unterhaltungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 is intact.</source>
        <translation>%1 ist unversehrt.</translation>
    </message>
    <message>
        <source>%1 does not match its checksum: delete it and download it again.</source>
        <translation>%1 stimmt nicht mit seiner Prüfsumme überein: Löschen Sie es und laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>GGUF-Modell importieren</translation>
    </message>
    <message>
        <source>Checking %1… %p%</source>
        <translation>%1 wird geprüft … %p%</translation>
    </message>
    <message>
        <source>The model could not be imported</source>
        <translation>Das Modell konnte nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>NewCollectionDialog</name>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Name der Sammlung</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>Another GGUF file…</source>
        <translation>Andere GGUF-Datei…</translation>
    </message>
    <message>
        <source>Download one…</source>
        <translation>Eines herunterladen…</translation>
    </message>
    <message>
        <source>Choose an embedding model</source>
        <translation>Ein Embedding-Modell wählen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>Embedding-Modell:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>An embedding model turns passages into vectors, so that a question finds them by meaning.</source>
        <translation>Ein Embedding-Modell macht aus Passagen Vektoren, damit eine Frage sie nach ihrer Bedeutung findet.</translation>
    </message>
    <message>
        <source>No embedding model is installed yet: download one, or choose a GGUF file.</source>
        <translation>Noch kein Embedding-Modell installiert: Laden Sie eines herunter oder wählen Sie eine GGUF-Datei.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 is a chat model: it writes replies, it does not turn text into vectors for search. Choose an embedding model (Models › Embedding models has some).</source>
        <translation>%1 ist ein Chat-Modell: Es schreibt Antworten, macht aber aus Text keine Vektoren für die Suche. Wählen Sie ein Embedding-Modell (Modelle › Embedding-Modelle bietet einige).</translation>
    </message>
    <message>
        <source>%1 does not say it is an embedding model (its file names no pooling). It may find passages poorly.</source>
        <translation>%1 gibt nicht an, ein Embedding-Modell zu sein (die Datei nennt kein Pooling). Es findet Passagen womöglich schlecht.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Give the collection a name and an existing folder.</source>
        <translation>Geben Sie der Sammlung einen Namen und einen vorhandenen Ordner.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste tool servers</source>
        <translation>Werkzeugserver einfügen</translation>
    </message>
    <message>
        <source>Paste the “mcpServers” block from another app&apos;s configuration:</source>
        <translation>Fügen Sie den „mcpServers“-Block aus der Konfiguration einer anderen App ein:</translation>
    </message>
</context>
<context>
    <name>PoolLending</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 GB of memory</source>
        <translation>%1 GB Arbeitsspeicher</translation>
    </message>
    <message>
        <source>its free memory</source>
        <translation>sein freier Arbeitsspeicher</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>Lending this computer (%1) on port %2. Connected: %3.</source>
        <translation>Dieser Computer wird verliehen (%1) an Port %2. Verbunden: %3.</translation>
    </message>
    <message>
        <source>it stopped unexpectedly</source>
        <translation>er wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>Not lending: %1</source>
        <translation>Kein Verleih: %1</translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>Diese Version der LlamaDesk-Engine hat kein RPC-Backend und kann daher keine Computer verbinden.</translation>
    </message>
    <message>
        <source>Lend this computer</source>
        <translation>Diesen Computer verleihen</translation>
    </message>
    <message>
        <source>Let computers paired with this one run part of their models here</source>
        <translation>Gekoppelte Computer dürfen einen Teil ihrer Modelle hier ausführen</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>Alle Netzwerke dieses Computers (0.0.0.0)</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Nur dieser Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>All that is free</source>
        <translation>Alles, was frei ist</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <source>Computers paired with the old code must be paired again</source>
        <translation>Mit dem alten Code gekoppelte Computer müssen neu gekoppelt werden</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this code lasts until LlamaDesk quits.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher gilt dieser Code nur, bis LlamaDesk beendet wird.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Memory lent:</source>
        <translation>Verliehener Speicher:</translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation>Kopplungscode:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Use other computers</source>
        <translation>Andere Computer nutzen</translation>
    </message>
    <message>
        <source>Spread models over these computers when loading</source>
        <translation>Modelle beim Laden auf diese Computer verteilen</translation>
    </message>
    <message>
        <source>Pool computers</source>
        <translation>Computer im Verbund</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Address of the computer to add</source>
        <translation>Adresse des hinzuzufügenden Computers</translation>
    </message>
    <message>
        <source>Its pairing code</source>
        <translation>Sein Kopplungscode</translation>
    </message>
    <message>
        <source>Pairing code of the computer to add</source>
        <translation>Kopplungscode des hinzuzufügenden Computers</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Hinzufügen:</translation>
    </message>
    <message>
        <source>On the other computer, turn on Lend this computer (or run `llamadesk pool serve`), then enter its address and the code it shows. Loading a model pairs with each computer.</source>
        <translation>Schalten Sie auf dem anderen Computer „Diesen Computer verleihen“ ein (oder führen Sie `llamadesk pool serve` aus) und geben Sie dann hier seine Adresse und den angezeigten Code ein. Beim Laden eines Modells wird mit jedem Computer gekoppelt.</translation>
    </message>
</context>
<context>
    <name>ProjectorQuestion</name>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>%1 looks like a vision model, but its projector is not beside it, so it cannot read images. Choose the projector now?</source>
        <translation>%1 sieht wie ein Bildmodell aus, aber sein Projektor liegt nicht daneben, daher kann es keine Bilder lesen. Den Projektor jetzt auswählen?</translation>
    </message>
    <message>
        <source>The projector is an mmproj….gguf file from the same repository as the model. Not now: LlamaDesk will not ask again; a projector put beside the model later is found by itself.</source>
        <translation>Der Projektor ist eine mmproj….gguf-Datei aus demselben Repository wie das Modell. Nicht jetzt: LlamaDesk fragt nicht noch einmal; ein später neben das Modell gelegter Projektor wird von selbst gefunden.</translation>
    </message>
    <message>
        <source>Choose the projector…</source>
        <translation>Projektor auswählen…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Choose the projector</source>
        <translation>Projektor auswählen</translation>
    </message>
    <message>
        <source>Projectors (mmproj*.gguf *.gguf)</source>
        <translation>Projektoren (mmproj*.gguf *.gguf)</translation>
    </message>
</context>
<context>
    <name>SamplingEditor</name>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation>Zum Beispiel: Antworte kurz und in einfachem Deutsch.</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Präzise</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Kreativ</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>Systemprompt:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <source>Top-k (0: off):</source>
        <translation>Top-k (0: aus):</translation>
    </message>
    <message>
        <source>Min-p:</source>
        <translation>Min-p:</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>Wiederholungsstrafe:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Sampling preset</source>
        <translation>Sampling-Voreinstellung</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a tool server</source>
        <translation>Werkzeugserver hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Each environment line is NAME=VALUE.</source>
        <translation>Jede Umgebungszeile lautet NAME=WERT.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Diese Unterhaltung</translation>
    </message>
    <message>
        <source>New chats</source>
        <translation>Neue Chats</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Verbund</translation>
    </message>
    <message>
        <source>Models without a chat template</source>
        <translation>Modelle ohne Chatvorlage</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>Longest reply:</source>
        <translation>Längste Antwort:</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>Wiederholungsstrafe:</translation>
    </message>
    <message>
        <source>A base model continues text as written and may repeat itself without end. A conversation&apos;s own repeat penalty, when not 1.00, is kept.</source>
        <translation>Ein Basismodell setzt Text fort, wie er dasteht, und kann sich endlos wiederholen. Die eigene Wiederholungsstrafe einer Unterhaltung bleibt, wenn sie nicht 1,00 ist.</translation>
    </message>
    <message>
        <source>Keep attached images as they came (otherwise at the size the model reads, which takes less space)</source>
        <translation>Angehängte Bilder so behalten, wie sie kamen (sonst in der Größe, die das Modell liest; das braucht weniger Platz)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter for a new line</source>
        <translation>Eingabe sendet, Umschalt+Eingabe für neue Zeile</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter for a new line</source>
        <translation>Strg+Eingabe sendet, Eingabe für neue Zeile</translation>
    </message>
    <message>
        <source>Automatic: as many layers as fit on the GPU</source>
        <translation>Automatisch: so viele Schichten, wie auf die GPU passen</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Alle Schichten</translation>
    </message>
    <message>
        <source>With several GPUs: which one holds the model (0 is the first; `llamadesk info` lists them).</source>
        <translation>Bei mehreren GPUs: welche das Modell aufnimmt (0 ist die erste; `llamadesk info` listet sie auf).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic: every core reads the prompt, and all but one write the reply, so the window stays smooth while it streams.</source>
        <translation>Automatisch: Alle Kerne lesen den Prompt, alle bis auf einen schreiben die Antwort, damit das Fenster beim Streamen flüssig bleibt.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Schriftgröße:</translation>
    </message>
    <message>
        <source>Send with:</source>
        <translation>Senden mit:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>GPU layers:</source>
        <translation>GPU-Schichten:</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>GPU: this build of LlamaDesk runs on the CPU only (it has no GPU support).</source>
        <translation>GPU: Diese Version von LlamaDesk läuft nur auf der CPU (sie hat keine GPU-Unterstützung).</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <source>Context size:</source>
        <translation>Kontextgröße:</translation>
    </message>
    <message>
        <source>Threads and context size apply when a model is next loaded. A new language applies after a restart.</source>
        <translation>Threads und Kontextgröße gelten beim nächsten Laden eines Modells. Eine neue Sprache gilt nach einem Neustart.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <source>Stop the reply; clear the search</source>
        <translation>Antwort stoppen; Suche leeren</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Delete the chosen conversation</source>
        <translation>Gewählte Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Delete (in the list)</source>
        <translation>Entf (in der Liste)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SpeculationDialog</name>
    <message>
        <source>Faster replies: %1</source>
        <translation>Schnellere Antworten: %1</translation>
    </message>
    <message>
        <source>LlamaDesk can guess the next few words and have the model check them all at once. The reply is the one the model writes without guessing; it comes sooner where text repeats: rewriting, fixing code, summarising, quoting documents. Automatic guesses only while it pays on this computer.</source>
        <translation>LlamaDesk kann die nächsten Wörter vermuten und das Modell alle auf einmal prüfen lassen. Die Antwort ist dieselbe, die das Modell ohne Vermuten schreibt; sie kommt schneller, wo sich Text wiederholt: beim Umschreiben, Code-Korrigieren, Zusammenfassen, Zitieren von Dokumenten. „Automatisch“ vermutet nur, solange es sich auf diesem Computer lohnt.</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automatisch (empfohlen)</translation>
    </message>
    <message>
        <source>Guess from the conversation, always</source>
        <translation>Immer aus dem Gespräch vermuten</translation>
    </message>
    <message>
        <source>Guess with a draft model</source>
        <translation>Mit einem Entwurfsmodell vermuten</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>A small model of the same family (the same vocabulary), such as a 0.5B or 1B model of the same series</source>
        <translation>Ein kleines Modell derselben Familie (dasselbe Vokabular), etwa ein 0,5B- oder 1B-Modell derselben Reihe</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>No draft chosen</source>
        <translation>Kein Entwurfsmodell gewählt</translation>
    </message>
    <message>
        <source>The most tokens guessed at once</source>
        <translation>Höchstens so viele Tokens auf einmal vermuten</translation>
    </message>
    <message>
        <source>Guessing:</source>
        <translation>Vermuten:</translation>
    </message>
    <message>
        <source>Draft model:</source>
        <translation>Entwurfsmodell:</translation>
    </message>
    <message>
        <source>Tokens at once:</source>
        <translation>Tokens auf einmal:</translation>
    </message>
    <message>
        <source>Choose a draft model</source>
        <translation>Entwurfsmodell wählen</translation>
    </message>
    <message>
        <source>Choose the draft model, or another way of guessing.</source>
        <translation>Wählen Sie das Entwurfsmodell oder eine andere Art zu vermuten.</translation>
    </message>
</context>
<context>
    <name>Strengths</name>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>many languages</source>
        <translation>viele Sprachen</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>Schlussfolgern</translation>
    </message>
    <message>
        <source>small and fast</source>
        <translation>klein und schnell</translation>
    </message>
    <message>
        <source>thinks first</source>
        <translation>denkt zuerst nach</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>ThinkToggle</name>
    <message>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>How much this model thinks before it answers, in this conversation</source>
        <translation>Wie viel dieses Modell in dieser Unterhaltung nachdenkt, bevor es antwortet</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Wenig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Viel</translation>
    </message>
    <message>
        <source>Think: %1</source>
        <translation>Nachdenken: %1</translation>
    </message>
</context>
<context>
    <name>Thinking</name>
    <message>
        <source>Thought for %1</source>
        <translation>Nachgedacht: %1</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Nachgedacht</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(unterbrochen)</translation>
    </message>
    <message>
        <source>Show or hide how the model thought</source>
        <translation>Zeigen oder verbergen, wie das Modell nachgedacht hat</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
</context>
<context>
    <name>ToolBlocks</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Show or hide what was sent and what came back</source>
        <translation>Zeigen oder verbergen, was gesendet wurde und was zurückkam</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>Came back:</source>
        <translation>Zurück kam:</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tool servers</source>
        <translation>Werkzeugserver</translation>
    </message>
    <message>
        <source>The server&apos;s state and the end of its log</source>
        <translation>Der Zustand des Servers und das Ende seines Protokolls</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Paste JSON…</source>
        <translation>JSON &amp;einfügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Neu &amp;starten</translation>
    </message>
    <message>
        <source>Most rounds of tool calls in one reply</source>
        <translation>Höchstens so viele Runden von Werkzeugaufrufen in einer Antwort</translation>
    </message>
    <message>
        <source>Programs on this computer that give the model tools (MCP servers). A conversation uses them when its Tools switch is on, and you are asked before each call.</source>
        <translation>Programme auf diesem Computer, die dem Modell Werkzeuge geben (MCP-Server). Ein Gespräch nutzt sie, wenn sein Schalter „Werkzeuge“ an ist, und Sie werden vor jedem Aufruf gefragt.</translation>
    </message>
    <message>
        <source>Most rounds of calls in one reply:</source>
        <translation>Höchstens Runden von Aufrufen pro Antwort:</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
</context>
<context>
    <name>ToolsToggle</name>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Let the model call your tool servers in this conversation (you are asked before each call)</source>
        <translation>Das Modell darf in diesem Gespräch Ihre Werkzeugserver aufrufen (Sie werden vor jedem Aufruf gefragt)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LlamaDesk</source>
        <translation>Willkommen bei LlamaDesk</translation>
    </message>
    <message>
        <source>Chat with Llama 2 on this computer. After one download, nothing you write leaves it.</source>
        <translation>Chatten Sie mit Llama 2 auf diesem Computer. Nach einem einzigen Download verlässt nichts, was Sie schreiben, das Gerät.</translation>
    </message>
    <message>
        <source>Read the license and download</source>
        <translation>Lizenz lesen und herunterladen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer:&lt;/b&gt; %1 (%2), a %3 download that needs about %4 of memory.</source>
        <translation>&lt;b&gt;Empfohlen für diesen Computer:&lt;/b&gt; %1 (%2), ein Download von %3, der etwa %4 Arbeitsspeicher braucht.</translation>
    </message>
    <message>
        <source>Expected speed here: about %1 tokens a second; bigger models would be slower.</source>
        <translation>Erwartetes Tempo hier: etwa %1 Token pro Sekunde; größere Modelle wären langsamer.</translation>
    </message>
    <message>
        <source>No Llama 2 model fits this computer&apos;s memory comfortably. You can still choose one, or import a smaller GGUF model.</source>
        <translation>Kein Llama-2-Modell passt bequem in den Arbeitsspeicher dieses Computers. Sie können trotzdem eines wählen oder ein kleineres GGUF-Modell importieren.</translation>
    </message>
    <message>
        <source>Other models…</source>
        <translation>Andere Modelle…</translation>
    </message>
    <message>
        <source>Llama 3.x, Qwen3, Gemma 3 and more, or search the Hugging Face Hub</source>
        <translation>Llama 3.x, Qwen3, Gemma 3 und mehr, oder im Hugging Face Hub suchen</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>GGUF importieren …</translation>
    </message>
    <message>
        <source>Use the selected model</source>
        <translation>Ausgewähltes Modell verwenden</translation>
    </message>
    <message>
        <source>Models already on this computer (Hugging Face cache, LM Studio):</source>
        <translation>Bereits auf diesem Computer vorhandene Modelle (Hugging-Face-Cache, LM Studio):</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>GGUF-Modell importieren</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3, %4, %5 left</source>
        <translation>%1 wird heruntergeladen: %2 von %3, %4, noch %5</translation>
    </message>
    <message>
        <source>Downloaded and checked. Loading…</source>
        <translation>Heruntergeladen und geprüft. Wird geladen …</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>Der Download ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Paused. Resume it from Models › Downloads.</source>
        <translation>Pausiert. Fortsetzen unter Modelle › Downloads.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>Modell ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>Unterhaltung e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>&amp;Alle Unterhaltungen exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>Unterhaltungen &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>Letzte Nachricht &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>Antwort &amp;neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Continue reply</source>
        <translation>Antwort &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Previous version of the reply</source>
        <translation>&amp;Vorherige Version der Antwort</translation>
    </message>
    <message>
        <source>&amp;Next version of the reply</source>
        <translation>&amp;Nächste Version der Antwort</translation>
    </message>
</context>
<context>
    <name>_Start</name>
    <message>
        <source>LlamaDesk could not start: %1. Details are in the log file.</source>
        <translation>LlamaDesk konnte nicht starten: %1. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>_Thumb</name>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4)</source>
        <translation>%1 (%2 × %3, %4)</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>Angehängtes Bild %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
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
        <translation>LlamaDesk ist auf einen Fehler gestoßen</translation>
    </message>
    <message>
        <source>Something went wrong inside LlamaDesk. Your conversations are saved. The details below are also in the log file; please include them in a bug report.</source>
        <translation>In LlamaDesk ist etwas schiefgelaufen. Ihre Unterhaltungen sind gespeichert. Die Details unten stehen auch in der Protokolldatei; bitte fügen Sie sie einem Fehlerbericht bei.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The history file is damaged (SQLite finds it malformed). LlamaDesk has not changed it. Move history.sqlite3 out of the data folder to start afresh, or put back a backup from the same folder (history.sqlite3.before-….bak).</source>
        <translation>Die Verlaufsdatei ist beschädigt (SQLite meldet sie als fehlerhaft). LlamaDesk hat sie nicht verändert. Verschieben Sie history.sqlite3 aus dem Datenordner, um neu zu beginnen, oder legen Sie eine Sicherung aus demselben Ordner zurück (history.sqlite3.before-….bak).</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (it holds %2), so LlamaDesk left it as it is. Move it out of the data folder, or choose another data folder.</source>
        <translation>%1 ist die Datenbank eines anderen Programms (sie enthält %2), daher hat LlamaDesk sie unverändert gelassen. Verschieben Sie sie aus dem Datenordner oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>This history was written by a newer LlamaDesk (history format %1; this version reads up to %2). Nothing was changed: update LlamaDesk to open it.</source>
        <translation>Dieser Verlauf wurde von einer neueren LlamaDesk-Version geschrieben (Verlaufsformat %1; diese Version liest bis %2). Es wurde nichts verändert: Aktualisieren Sie LlamaDesk, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is damaged: its setting %2 is %3, which no model can have. Download the model again, or ask whoever made the file.</source>
        <translation>%1 ist beschädigt: Die Einstellung %2 ist %3, was kein Modell haben kann. Laden Sie das Modell erneut herunter oder wenden Sie sich an den Ersteller der Datei.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for a system prompt, so the system prompt is put at the start of the first message.</source>
        <translation>Die Chatvorlage dieses Modells hat keinen Platz für einen Systemprompt, daher steht der Systemprompt am Anfang der ersten Nachricht.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), so LlamaDesk uses llama.cpp&apos;s built-in “%2” format, which it matches.</source>
        <translation>Die Chatvorlage dieses Modells ließ sich nicht verwenden (%1), daher nutzt LlamaDesk das passende eingebaute Format „%2“ von llama.cpp.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), and it matches none of llama.cpp&apos;s built-in formats, so the conversation is sent as plain text. Replies may be poorer.</source>
        <translation>Die Chatvorlage dieses Modells ließ sich nicht verwenden (%1) und passt zu keinem eingebauten Format von llama.cpp, daher wird das Gespräch als reiner Text gesendet. Die Antworten können schlechter ausfallen.</translation>
    </message>
    <message>
        <source>%1 cannot read images: %2</source>
        <translation>%1 kann keine Bilder lesen: %2</translation>
    </message>
    <message>
        <source>Only a reply can be regenerated.</source>
        <translation>Nur eine Antwort kann neu erzeugt werden.</translation>
    </message>
    <message>
        <source>This reply has no message to answer.</source>
        <translation>Diese Antwort hat keine Nachricht, auf die sie antwortet.</translation>
    </message>
    <message>
        <source>This message and its images do not fit the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Send fewer images, shorten the message, or raise the context size.</source>
        <translation>Diese Nachricht und ihre Bilder passen nicht in das Kontextfenster des Modells: Der Prompt braucht %1 Token, das Fenster fasst %2, davon %3 für die Antwort. Senden Sie weniger Bilder, kürzen Sie die Nachricht oder vergrößern Sie den Kontext.</translation>
    </message>
    <message>
        <source>This message is too long for the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Shorten the message or the system prompt, or raise the context size.</source>
        <translation>Diese Nachricht ist zu lang für das Kontextfenster des Modells: Der Prompt braucht %1 Token, das Fenster fasst %2, davon %3 für die Antwort reserviert. Kürzen Sie die Nachricht oder den Systemprompt oder erhöhen Sie die Kontextgröße.</translation>
    </message>
    <message>
        <source>The model file does not exist: %1</source>
        <translation>Die Modelldatei existiert nicht: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a model file.</source>
        <translation>%1 ist ein Ordner, keine Modelldatei.</translation>
    </message>
    <message>
        <source>The model file could not be read: %1.</source>
        <translation>Die Modelldatei konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>%1 is not a GGUF model file. LlamaDesk runs .gguf models, such as those in TheBloke/Llama-2-7B-Chat-GGUF.</source>
        <translation>%1 ist keine GGUF-Modelldatei. LlamaDesk führt .gguf-Modelle aus, etwa die aus TheBloke/Llama-2-7B-Chat-GGUF.</translation>
    </message>
    <message>
        <source>%1 uses GGUF version %2, which this LlamaDesk cannot read (it reads versions %3).</source>
        <translation>%1 verwendet GGUF-Version %2, die dieses LlamaDesk nicht lesen kann (es liest die Versionen %3).</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. It should hold at least %2 bytes but has %3. The download was probably cut off: download it again.</source>
        <translation>%1 ist unvollständig oder beschädigt. Die Datei sollte mindestens %2 Byte enthalten, hat aber %3. Der Download wurde wohl abgebrochen: Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. The download was probably cut off: download it again.</source>
        <translation>%1 ist unvollständig oder beschädigt. Der Download wurde wohl abgebrochen: Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>llama.cpp could not load %1 (architecture &apos;%2&apos;). The architecture may be unsupported by this version of LlamaDesk, or the file may be damaged.</source>
        <translation>llama.cpp konnte %1 nicht laden (Architektur „%2“). Diese Version von LlamaDesk unterstützt die Architektur vielleicht nicht, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory on this computer even with the pool&apos;s help, but only %3 is free. Add a worker, or close other programs.</source>
        <translation>%1 braucht selbst mit Hilfe des Verbunds etwa %2 Speicher auf diesem Computer, aber nur %3 sind frei. Fügen Sie einen Helfer hinzu oder schließen Sie andere Programme.</translation>
    </message>
    <message>
        <source>Pooled: %1 of %2 layers run on %3.</source>
        <translation>Im Verbund: %1 von %2 Schichten laufen auf %3.</translation>
    </message>
    <message>
        <source>Context: %1 tokens, LlamaDesk&apos;s default (the model takes up to %2).</source>
        <translation>Kontext: %1 Token, Standard von LlamaDesk (das Modell kann bis zu %2).</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory (at a context of %3 tokens), but only %4 is free. Close other programs, or choose a smaller model or quantization.</source>
        <translation>%1 braucht etwa %2 Arbeitsspeicher (bei einem Kontext von %3 Token), frei sind aber nur %4. Schließen Sie andere Programme oder wählen Sie ein kleineres Modell oder eine kleinere Quantisierung.</translation>
    </message>
    <message>
        <source>Running on the CPU: this build of llama.cpp has no GPU support.</source>
        <translation>Läuft auf der CPU: Diese Version von llama.cpp unterstützt keine GPU.</translation>
    </message>
    <message>
        <source>Running on the CPU: no %1 GPU was found.</source>
        <translation>Läuft auf der CPU: Keine %1-GPU gefunden.</translation>
    </message>
    <message>
        <source>Running on the CPU: GPU offload is turned off.</source>
        <translation>Läuft auf der CPU: Die GPU-Auslagerung ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Running on the CPU: the model does not fit in the free memory of %1 (%2 free).</source>
        <translation>Läuft auf der CPU: Das Modell passt nicht in den freien Speicher von %1 (%2 frei).</translation>
    </message>
    <message>
        <source>%1 of %2 layers fit on %3; the rest run on the CPU, which is slower.</source>
        <translation>%1 von %2 Schichten passen auf %3; der Rest läuft langsamer auf der CPU.</translation>
    </message>
    <message>
        <source>The context window was lowered from %1 to %2 tokens because memory is short.</source>
        <translation>Das Kontextfenster wurde wegen knappen Speichers von %1 auf %2 Token verkleinert.</translation>
    </message>
    <message>
        <source>Loading onto %1 failed, so the model runs on the CPU instead, which is slower.</source>
        <translation>Das Laden auf %1 ist fehlgeschlagen, daher läuft das Modell langsamer auf der CPU.</translation>
    </message>
    <message>
        <source>Not a chat model: text is continued as written.</source>
        <translation>Kein Chatmodell: Text wird fortgesetzt, wie er dasteht.</translation>
    </message>
    <message>
        <source>The model failed while answering: %1</source>
        <translation>Das Modell ist beim Antworten gescheitert: %1</translation>
    </message>
    <message>
        <source>Replies are sped up by prompt lookup instead.</source>
        <translation>Antworten werden stattdessen durch Vermuten aus dem Gespräch beschleunigt.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, so the reply stops here; it is kept, marked interrupted. Load the model again to go on.</source>
        <translation>Der Helfer %1 antwortet nicht mehr, daher endet die Antwort hier; sie bleibt erhalten, als unterbrochen markiert. Laden Sie das Modell erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering while the model loaded.</source>
        <translation>Der Helfer %1 hat beim Laden des Modells aufgehört zu antworten.</translation>
    </message>
    <message>
        <source>no projector was loaded with it.</source>
        <translation>mit ihm wurde kein Projektor geladen.</translation>
    </message>
    <message>
        <source>it is not a vision model, or its projector file (mmproj….gguf) is not beside it.</source>
        <translation>es ist kein Bildmodell, oder seine Projektordatei (mmproj….gguf) liegt nicht daneben.</translation>
    </message>
    <message>
        <source>this build of the engine has no image support (libmtmd).</source>
        <translation>dieser Build der Engine kann keine Bilder (libmtmd).</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub.</source>
        <translation>Der Dateiname %1 vom Hub wird abgelehnt.</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub: it points outside the models folder.</source>
        <translation>Der Dateiname %1 vom Hub wird abgelehnt: Er zeigt aus dem Modellordner hinaus.</translation>
    </message>
    <message>
        <source>Not enough free disk space for %1: it needs %2 more, and only %3 is free in %4.</source>
        <translation>Nicht genug freier Speicherplatz für %1: Es werden %2 mehr gebraucht, in %4 sind nur %3 frei.</translation>
    </message>
    <message>
        <source>The download of %1 kept failing (%2). What arrived is kept: try again to resume.</source>
        <translation>Der Download von %1 ist wiederholt fehlgeschlagen (%2). Was angekommen ist, bleibt erhalten: Versuchen Sie es erneut, um fortzusetzen.</translation>
    </message>
    <message>
        <source>The Hub refused the download (%1): check your token and that your account has access to this model.</source>
        <translation>Der Hub hat den Download abgelehnt (%1): Prüfen Sie Ihr Token und ob Ihr Konto Zugriff auf dieses Modell hat.</translation>
    </message>
    <message>
        <source>The file is no longer on the Hub.</source>
        <translation>Die Datei ist nicht mehr auf dem Hub.</translation>
    </message>
    <message>
        <source>The Hub answered %1.</source>
        <translation>Der Hub antwortete mit %1.</translation>
    </message>
    <message>
        <source>%1 arrived damaged and was deleted: expected %2 bytes with SHA-256 %3, received %4 bytes with SHA-256 %5. Download it again.</source>
        <translation>%1 kam beschädigt an und wurde gelöscht: erwartet %2 Byte mit SHA-256 %3, erhalten %4 Byte mit SHA-256 %5. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The disk filled up during the download. Free some space and try again: it resumes.</source>
        <translation>Der Datenträger ist während des Downloads vollgelaufen. Geben Sie Speicherplatz frei und versuchen Sie es erneut: Der Download wird fortgesetzt.</translation>
    </message>
    <message>
        <source>The download could not be written to the disk (%1). Try again: it resumes.</source>
        <translation>Der Download konnte nicht auf den Datenträger geschrieben werden (%1). Versuchen Sie es erneut: Der Download wird fortgesetzt.</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set, so LlamaDesk will not contact the Hub. Unset it to download or check models.</source>
        <translation>HF_HUB_OFFLINE ist gesetzt, daher kontaktiert LlamaDesk den Hub nicht. Entfernen Sie die Variable, um Modelle herunterzuladen oder zu prüfen.</translation>
    </message>
    <message>
        <source>The Hub could not be reached: %1</source>
        <translation>Der Hub ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>There is no model %1 on the Hub.</source>
        <translation>Auf dem Hub gibt es kein Modell %1.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached from this computer now, so models cannot be searched or downloaded; everything else works offline.</source>
        <translation>Der Hugging Face Hub ist von diesem Computer aus gerade nicht erreichbar, daher können keine Modelle gesucht oder heruntergeladen werden; alles andere funktioniert offline.</translation>
    </message>
    <message>
        <source>%1 is gated: its owner shares it with signed-in accounts that ask for access on its page. Add a Hugging Face token, ask for access, then open it again (`llamadesk models access %1` says which step is missing).</source>
        <translation>%1 ist zugangsbeschränkt: Der Eigentümer gibt es angemeldeten Konten frei, die auf seiner Seite Zugang anfragen. Fügen Sie ein Hugging-Face-Token hinzu, fragen Sie Zugang an und öffnen Sie es dann erneut (`llamadesk models access %1` sagt, welcher Schritt fehlt).</translation>
    </message>
    <message>
        <source>%1 is gated and your Hugging Face account has no access yet: ask for it on the repository&apos;s page, then open it again (`llamadesk models access %1` says what the Hub answers).</source>
        <translation>%1 ist zugangsbeschränkt und Ihr Hugging-Face-Konto hat noch keinen Zugang: Fragen Sie ihn auf der Seite des Repositorys an und öffnen Sie es dann erneut (`llamadesk models access %1` zeigt die Antwort des Hubs).</translation>
    </message>
    <message>
        <source>part %1 of %2 is missing from the repo</source>
        <translation>Teil %1 von %2 fehlt im Repository</translation>
    </message>
    <message>
        <source>%1 is gated and this account has no access: ask for it on the repository&apos;s page, or run `llamadesk models access %1` for what to do.</source>
        <translation>%1 ist zugangsbeschränkt und dieses Konto hat keinen Zugriff: Beantragen Sie ihn auf der Seite des Repositorys oder führen Sie `llamadesk models access %1` aus, um zu erfahren, was zu tun ist.</translation>
    </message>
    <message>
        <source>%1 is not in %2, or the Hub gave no hash for it.</source>
        <translation>%1 ist nicht in %2, oder der Hub hat keine Prüfsumme dafür geliefert.</translation>
    </message>
    <message>
        <source>%1 cannot be downloaded: %2.</source>
        <translation>%1 kann nicht heruntergeladen werden: %2.</translation>
    </message>
    <message>
        <source>%1 changed on the Hub since it was listed (its size or hash is not the same): look at the repository again.</source>
        <translation>%1 hat sich auf dem Hub geändert, seit es aufgelistet wurde (Größe oder Hash stimmen nicht mehr): sehen Sie sich das Repository erneut an.</translation>
    </message>
    <message>
        <source>The projector could not be copied beside the model: %1</source>
        <translation>Der Projektor konnte nicht neben das Modell kopiert werden: %1</translation>
    </message>
    <message>
        <source>%1 is already in the models folder.</source>
        <translation>%1 ist bereits im Modellordner.</translation>
    </message>
    <message>
        <source>%1 is loaded. Load another model or close it first.</source>
        <translation>%1 ist geladen. Laden Sie zuerst ein anderes Modell oder schließen Sie es.</translation>
    </message>
    <message>
        <source>No installed model has the id %1 (see `llamadesk models list`).</source>
        <translation>Kein installiertes Modell hat die Kennung %1 (siehe `llamadesk models list`).</translation>
    </message>
    <message>
        <source>The list of installed models is damaged (%1).</source>
        <translation>Die Liste der installierten Modelle ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring (on Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet), so LlamaDesk cannot keep the token safely. It never writes tokens to disk in plain text: use it for this session only, or set HF_TOKEN yourself.</source>
        <translation>Dieser Computer hat keinen nutzbaren Schlüsselbund (installieren und entsperren Sie unter Linux einen Secret Service wie GNOME Keyring oder KWallet), daher kann LlamaDesk das Token nicht sicher aufbewahren. Es schreibt Token nie als Klartext auf die Festplatte: Verwenden Sie es nur für diese Sitzung oder setzen Sie HF_TOKEN selbst.</translation>
    </message>
    <message>
        <source>The keyring refused the token (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat das Token abgelehnt (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full, so the history could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>Der Datenträger ist voll, daher konnte der Verlauf nicht gespeichert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut; bereits Gespeichertes ging nicht verloren.</translation>
    </message>
    <message>
        <source>The history file is locked by another program (is LlamaDesk open twice?).</source>
        <translation>Die Verlaufsdatei ist von einem anderen Programm gesperrt (ist LlamaDesk zweimal geöffnet?).</translation>
    </message>
    <message>
        <source>The history file could not be opened. Check that its folder exists and is writable.</source>
        <translation>Die Verlaufsdatei konnte nicht geöffnet werden. Prüfen Sie, ob ihr Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The history file is read-only.</source>
        <translation>Die Verlaufsdatei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving the history.</source>
        <translation>Der Datenträger meldete beim Speichern des Verlaufs einen Fehler.</translation>
    </message>
    <message>
        <source>The history file is damaged or is not a LlamaDesk database.</source>
        <translation>Die Verlaufsdatei ist beschädigt oder keine LlamaDesk-Datenbank.</translation>
    </message>
    <message>
        <source>The history file could not be read: %1</source>
        <translation>Die Verlaufsdatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This history needs an update (format %1 to %2), which its read-only folder does not allow. Make the folder writable, then try again.</source>
        <translation>Dieser Verlauf braucht eine Aktualisierung (Format %1 auf %2), die sein schreibgeschützter Ordner nicht erlaubt. Machen Sie den Ordner beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The history folder could not be created: %1</source>
        <translation>Der Verlaufsordner konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 kann nicht importiert werden: %2.</translation>
    </message>
    <message>
        <source>LlamaDesk cannot write to its data folder %1 (%2). Reading commands (list, search, export) still work; for anything else, make the folder writable or choose another with --data-dir.</source>
        <translation>LlamaDesk kann nicht in seinen Datenordner %1 schreiben (%2). Lesende Befehle (list, search, export) funktionieren weiterhin; für alles andere machen Sie den Ordner beschreibbar oder wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>Another LlamaDesk is using the data in %1. Close it first, or choose another folder with --data-dir.</source>
        <translation>Ein anderes LlamaDesk verwendet die Daten in %1. Schließen Sie es zuerst oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation>Es gibt keine Unterhaltung mit der Kennung %1.</translation>
    </message>
    <message>
        <source>The image %1 is not in the history.</source>
        <translation>Das Bild %1 ist nicht im Verlauf.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited; regenerate a reply instead.</source>
        <translation>Nur Ihre eigenen Nachrichten lassen sich bearbeiten; erzeugen Sie eine Antwort stattdessen neu.</translation>
    </message>
    <message>
        <source>There is no reply with id %1.</source>
        <translation>Es gibt keine Antwort mit der Kennung %1.</translation>
    </message>
    <message>
        <source>There is no message with id %1.</source>
        <translation>Es gibt keine Nachricht mit der Kennung %1.</translation>
    </message>
    <message>
        <source>LlamaDesk cannot use its data folder %1: %2.</source>
        <translation>LlamaDesk kann seinen Datenordner %1 nicht verwenden: %2.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be used: %1</source>
        <translation>Dieses JSON-Schema kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <source>The model is busy with other requests. Try again shortly.</source>
        <translation>Das Modell ist mit anderen Anfragen beschäftigt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, and %2 does not fit on this computer alone. Start the pool on that computer again, then restart `llamadesk serve`.</source>
        <translation>Der Helfer %1 antwortet nicht mehr, und %2 passt nicht auf diesen Computer allein. Starten Sie den Verbund auf dem anderen Computer neu und danach `llamadesk serve`.</translation>
    </message>
    <message>
        <source>The window chooses the model; the API cannot load another.</source>
        <translation>Das Fenster wählt das Modell; die API kann kein anderes laden.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while loading %1: %2. The model was not loaded again.</source>
        <translation>LlamaDesk wurde beim Laden von %1 unerwartet beendet: %2. Das Modell wurde nicht erneut geladen.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while %1 was answering: %2. The model was not loaded again.</source>
        <translation>LlamaDesk wurde unerwartet beendet, während %1 antwortete: %2. Das Modell wurde nicht erneut geladen.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while indexing documents with %1: %2. The model was not loaded again.</source>
        <translation>LlamaDesk wurde beim Indizieren von Dokumenten mit %1 unerwartet beendet: %2. Das Modell wurde nicht erneut geladen.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while loading %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>LlamaDesk wurde beim Laden von %1 von außen beendet (vielleicht aus Speichermangel). Das Modell wurde nicht erneut geladen.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while %1 was answering (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>LlamaDesk wurde von außen beendet, während %1 antwortete (vielleicht aus Speichermangel). Das Modell wurde nicht erneut geladen.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while indexing documents with %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>LlamaDesk wurde beim Indizieren von Dokumenten mit %1 von außen beendet (vielleicht aus Speichermangel). Das Modell wurde nicht erneut geladen.</translation>
    </message>
    <message>
        <source>The safe settings run it on the CPU only, with the engine configuration below the one that crashed.</source>
        <translation>Die sicheren Einstellungen führen es nur auf der CPU aus, mit der Engine-Konfiguration unterhalb der abgestürzten.</translation>
    </message>
    <message>
        <source>llama.cpp crashed on this computer with %1 in every configuration LlamaDesk tried (%2). The model was not loaded.</source>
        <translation>llama.cpp ist auf diesem Computer mit %1 in jeder Konfiguration abgestürzt, die LlamaDesk versucht hat (%2). Das Modell wurde nicht geladen.</translation>
    </message>
    <message>
        <source>This model needs llama.cpp&apos;s %1 CPU backend, and %2 is already in use: restart LlamaDesk to load it.</source>
        <translation>Dieses Modell braucht das CPU-Backend %1 von llama.cpp, und %2 ist bereits in Gebrauch: Starten Sie LlamaDesk neu, um es zu laden.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it with llama.cpp&apos;s weight repacking off: a little slower.</source>
        <translation>Nach einem Absturz von LlamaDesk mit dieser Art Modell läuft es ohne das Umpacken der Gewichte von llama.cpp: etwas langsamer.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend.</source>
        <translation>Nach einem Absturz von LlamaDesk mit dieser Art Modell läuft es auf dem CPU-Backend %1 von llama.cpp.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend with weight repacking off.</source>
        <translation>Nach einem Absturz von LlamaDesk mit dieser Art Modell läuft es auf dem CPU-Backend %1 von llama.cpp, ohne Umpacken der Gewichte.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s repacked weights (%1), so repacking is off for this kind of model: a little slower, and safe.</source>
        <translation>Diese CPU ist in den umgepackten Gewichten von llama.cpp abgestürzt (%1), daher ist das Umpacken für diese Art Modell aus: etwas langsamer und sicher.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend instead.</source>
        <translation>Diese CPU ist im schnellsten Code von llama.cpp abgestürzt (%1), daher nutzt LlamaDesk stattdessen das CPU-Backend %2.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend with weight repacking off.</source>
        <translation>Diese CPU ist im schnellsten Code von llama.cpp abgestürzt (%1), daher nutzt LlamaDesk das CPU-Backend %2 ohne Umpacken der Gewichte.</translation>
    </message>
    <message>
        <source>The program %1 does not exist or cannot be run.</source>
        <translation>Das Programm %1 existiert nicht oder lässt sich nicht ausführen.</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Install %2, or give the command&apos;s full path.</source>
        <translation>„%1“ wurde auf diesem Computer nicht gefunden. Installieren Sie %2 oder geben Sie den vollständigen Pfad des Befehls an.</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Give the command&apos;s full path.</source>
        <translation>„%1“ wurde auf diesem Computer nicht gefunden. Geben Sie den vollständigen Pfad des Befehls an.</translation>
    </message>
    <message>
        <source>A server&apos;s name must be 1 to 64 letters, digits, spaces, dots, dashes or underscores: %1</source>
        <translation>Der Name eines Servers muss aus 1 bis 64 Buchstaben, Ziffern, Leerzeichen, Punkten, Binde- oder Unterstrichen bestehen: %1</translation>
    </message>
    <message>
        <source>The server “%1” has no command.</source>
        <translation>Der Server „%1“ hat keinen Befehl.</translation>
    </message>
    <message>
        <source>The server “%1”: its arguments must be a list of text.</source>
        <translation>Server „%1“: Seine Argumente müssen eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>The server “%1”: its environment must map variable names to text.</source>
        <translation>Server „%1“: Seine Umgebung muss Variablennamen Texte zuordnen.</translation>
    </message>
    <message>
        <source>The server “%1”: its timeout must be 1 to 3600 seconds.</source>
        <translation>Server „%1“: Sein Zeitlimit muss 1 bis 3600 Sekunden betragen.</translation>
    </message>
    <message>
        <source>This is not JSON: %1</source>
        <translation>Das ist kein JSON: %1</translation>
    </message>
    <message>
        <source>Expected {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}.</source>
        <translation>Erwartet wurde {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}.</translation>
    </message>
    <message>
        <source>The server “%1” must be an object.</source>
        <translation>Der Server „%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The server “%1” is reached over the network; LlamaDesk runs only local servers (a command).</source>
        <translation>Der Server „%1“ wird über das Netzwerk erreicht; LlamaDesk führt nur lokale Server (einen Befehl) aus.</translation>
    </message>
    <message>
        <source>Downloading this model needs your acceptance of the %1. Read it with `llamadesk models license %2`, then download again with --accept-license.</source>
        <translation>Für den Download dieses Modells müssen Sie der %1 zustimmen. Lesen Sie sie mit `llamadesk models license %2` und laden Sie dann erneut mit --accept-license herunter.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; images up to %3 MB can be attached.</source>
        <translation>%1 ist %2 MB groß; Bilder bis %3 MB können angehängt werden.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 would decode to more than %2 million pixels, which is more than any model reads; it is refused as a possible decompression bomb.</source>
        <translation>%1 würde zu mehr als %2 Millionen Pixeln entpackt, mehr als jedes Modell liest; es wird als mögliche Dekompressionsbombe abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is not an image LlamaDesk can read: PNG, JPEG, WebP and GIF are taken (SVG and other formats are not).</source>
        <translation>%1 ist kein Bild, das LlamaDesk lesen kann: PNG, JPEG, WebP und GIF werden angenommen (SVG und andere Formate nicht).</translation>
    </message>
    <message>
        <source>%1 is a %2 image; PNG, JPEG, WebP and GIF are taken.</source>
        <translation>%1 ist ein %2-Bild; angenommen werden PNG, JPEG, WebP und GIF.</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short and cannot be read (%2).</source>
        <translation>%1 ist beschädigt oder abgeschnitten und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not a projector GGUF (%2).</source>
        <translation>%1 ist keine Projektor-GGUF-Datei (%2).</translation>
    </message>
    <message>
        <source>%1 is a model, not a projector: a projector&apos;s name usually starts with mmproj.</source>
        <translation>%1 ist ein Modell, kein Projektor: Der Name eines Projektors beginnt meist mit mmproj.</translation>
    </message>
    <message>
        <source>This build of the engine cannot read images (it has no libmtmd).</source>
        <translation>Dieser Build der Engine kann keine Bilder lesen (ihm fehlt libmtmd).</translation>
    </message>
    <message>
        <source>The projector %1 could not be loaded with this model: it may be damaged, or made for another model (its width must match the model&apos;s).</source>
        <translation>Der Projektor %1 konnte mit diesem Modell nicht geladen werden: Er ist vielleicht beschädigt oder für ein anderes Modell gemacht (seine Breite muss zu der des Modells passen).</translation>
    </message>
    <message>
        <source>%1 is not a vision projector (it reads no images).</source>
        <translation>%1 ist kein Bildprojektor (er liest keine Bilder).</translation>
    </message>
    <message>
        <source>The projector could not read this image.</source>
        <translation>Der Projektor konnte dieses Bild nicht lesen.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (another kind of tokenizer). A draft must be a smaller model of the same family.</source>
        <translation>%1 kann nicht der Entwurf für dieses Modell sein: sein Vokabular ist nicht dasselbe (ein anderer Tokenizer). Ein Entwurfsmodell muss ein kleineres Modell derselben Familie sein.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (other start and end tokens). A draft must be a smaller model of the same family.</source>
        <translation>%1 kann nicht der Entwurf für dieses Modell sein: sein Vokabular ist nicht dasselbe (andere Start- und End-Tokens). Ein Entwurfsmodell muss ein kleineres Modell derselben Familie sein.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (%2 tokens, not %3). A draft must be a smaller model of the same family.</source>
        <translation>%1 kann nicht der Entwurf für dieses Modell sein: sein Vokabular ist nicht dasselbe (%2 Tokens statt %3). Ein Entwurfsmodell muss ein kleineres Modell derselben Familie sein.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (token %2 differs). A draft must be a smaller model of the same family.</source>
        <translation>%1 kann nicht der Entwurf für dieses Modell sein: sein Vokabular ist nicht dasselbe (Token %2 unterscheidet sich). Ein Entwurfsmodell muss ein kleineres Modell derselben Familie sein.</translation>
    </message>
    <message>
        <source>%1 is an embedding model; it cannot write a draft.</source>
        <translation>%1 ist ein Einbettungsmodell; es kann keinen Entwurf schreiben.</translation>
    </message>
    <message>
        <source>No pairing code is kept for the pool worker %1: add it again with `llamadesk pool add %1`.</source>
        <translation>Für den Helfer %1 ist kein Kopplungscode gespeichert: fügen Sie ihn mit `llamadesk pool add %1` erneut hinzu.</translation>
    </message>
    <message>
        <source>The pool has no worker yet: run `llamadesk pool serve` on another computer, then `llamadesk pool add ADDRESS:PORT` here.</source>
        <translation>Der Verbund hat noch keinen Helfer: Starten Sie `llamadesk pool serve` auf einem anderen Computer und dann hier `llamadesk pool add ADRESSE:PORT`.</translation>
    </message>
    <message>
        <source>%1 is not a worker address: write it as host:port, such as 192.168.1.20:50052.</source>
        <translation>%1 ist keine Helferadresse: schreiben Sie sie als Host:Port, etwa 192.168.1.20:50052.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering in the middle of a reply, so LlamaDesk has to close. The reply so far is kept in the history, marked interrupted.</source>
        <translation>Der Helfer %1 hat mitten in einer Antwort aufgehört zu antworten, deshalb muss LlamaDesk schließen. Die bisherige Antwort bleibt im Verlauf, als unterbrochen markiert.</translation>
    </message>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>Diese Version der LlamaDesk-Engine hat kein RPC-Backend und kann daher keine Computer verbinden.</translation>
    </message>
    <message>
        <source>The pool worker %1 paired but lends no device.</source>
        <translation>Der Helfer %1 ist gekoppelt, stellt aber kein Gerät bereit.</translation>
    </message>
    <message>
        <source>That is not a pairing code: it is four groups of five letters and digits, as the worker shows it.</source>
        <translation>Das ist kein Kopplungscode: Er besteht aus vier Gruppen von fünf Buchstaben und Ziffern, wie der Helfer ihn anzeigt.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so the pairing code cannot be kept. Set %1 for each run instead (host:port=CODE, separated by ;).</source>
        <translation>Dieser Computer hat keinen nutzbaren Schlüsselbund, daher kann der Kopplungscode nicht gespeichert werden. Setzen Sie stattdessen für jeden Lauf %1 (Host:Port=CODE, getrennt durch ;).</translation>
    </message>
    <message>
        <source>The pool worker %1 cannot be reached. Is `llamadesk pool serve` running there, and is the address right?</source>
        <translation>Der Helfer %1 ist nicht erreichbar. Läuft dort `llamadesk pool serve`, und stimmt die Adresse?</translation>
    </message>
    <message>
        <source>%1 is not a LlamaDesk pool worker.</source>
        <translation>%1 ist kein LlamaDesk-Helfer.</translation>
    </message>
    <message>
        <source>The pool worker %1 runs another version (pool %2, llama.cpp RPC %3; this computer: pool %4, RPC %5). Install the same LlamaDesk version on both.</source>
        <translation>Der Helfer %1 läuft mit einer anderen Version (Verbund %2, llama.cpp-RPC %3; dieser Computer: Verbund %4, RPC %5). Installieren Sie auf beiden dieselbe LlamaDesk-Version.</translation>
    </message>
    <message>
        <source>The pool worker %1 refused the pairing code. Enter the code it shows again.</source>
        <translation>Der Helfer %1 hat den Kopplungscode abgelehnt. Geben Sie den dort angezeigten Code erneut ein.</translation>
    </message>
    <message>
        <source>The pool worker %1 could not prove it knows the pairing code; it may not be the computer you paired.</source>
        <translation>Der Helfer %1 konnte nicht beweisen, dass er den Kopplungscode kennt; es ist vielleicht nicht der Computer, den Sie gekoppelt haben.</translation>
    </message>
</context>
<context>
    <name>model_actions</name>
    <message>
        <source>Import a GGUF model</source>
        <translation>GGUF-Modell importieren</translation>
    </message>
    <message>
        <source>Import %1 (%2)?</source>
        <translation>%1 (%2) importieren?</translation>
    </message>
    <message>
        <source>Use it where it is: nothing is copied, and LlamaDesk finds it there while the file stays. Copy it: LlamaDesk keeps its own copy in its models folder.</source>
        <translation>Dort verwenden, wo es ist: Nichts wird kopiert, und LlamaDesk findet es dort, solange die Datei bleibt. Kopieren: LlamaDesk behält eine eigene Kopie in seinem Modellordner.</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>Dort verwenden, wo es ist</translation>
    </message>
    <message>
        <source>Copy into LlamaDesk&apos;s folder</source>
        <translation>In den Ordner von LlamaDesk kopieren</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>starters</name>
    <message>
        <source>Explain how a refrigerator keeps food cold, in simple words.</source>
        <translation>Erkläre in einfachen Worten, wie ein Kühlschrank Lebensmittel kühlt.</translation>
    </message>
    <message>
        <source>Help me write a polite email asking to move a meeting to next week.</source>
        <translation>Hilf mir, eine höfliche E-Mail zu schreiben, um ein Treffen auf nächste Woche zu verschieben.</translation>
    </message>
    <message>
        <source>Give me three ideas for a weekend project with my kids.</source>
        <translation>Gib mir drei Ideen für ein Wochenendprojekt mit meinen Kindern.</translation>
    </message>
    <message>
        <source>Summarise the main points of the text I paste next.</source>
        <translation>Fasse die Hauptpunkte des Textes zusammen, den ich als Nächstes einfüge.</translation>
    </message>
    <message>
        <source>sends</source>
        <translation>sendet</translation>
    </message>
    <message>
        <source>starts a new line</source>
        <translation>beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>stops a reply</source>
        <translation>stoppt eine Antwort</translation>
    </message>
    <message>
        <source>new chat</source>
        <translation>neuer Chat</translation>
    </message>
    <message>
        <source>searches your conversations</source>
        <translation>durchsucht Ihre Unterhaltungen</translation>
    </message>
    <message>
        <source>edits your last message</source>
        <translation>bearbeitet Ihre letzte Nachricht</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>Wartet auf Ihre Antwort: %1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
</context>
</TS>
