<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LlamaDesk</source>
        <translation>LlamaDesk について</translation>
    </message>
    <message>
        <source>Chat with Llama 2 and other GGUF models on this computer. Conversations stay on your disk; chatting uses no network.</source>
        <translation>このコンピューターで Llama 2 などの GGUF モデルと会話します。会話はディスクに保存され、会話中にネットワークは使いません。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>エンジン:</translation>
    </message>
    <message>
        <source>CPU code:</source>
        <translation>CPU コード:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>データフォルダー:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>ログフォルダー:</translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation>モデルフォルダー:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>データフォルダーを開く</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>ライセンス:</translation>
    </message>
    <message>
        <source>Llama 2 models: Llama 2 Community License</source>
        <translation>Llama 2 モデル: Llama 2 Community License</translation>
    </message>
    <message>
        <source>Each model you download keeps its own licence.</source>
        <translation>ダウンロードした各モデルにはそれぞれのライセンスがあります。</translation>
    </message>
    <message>
        <source>chosen when a model is loaded</source>
        <translation>モデルの読み込み時に選ばれます</translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation>未インストール (%1)</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>The catalog&apos;s models download without an account. A token is needed only for gated repositories such as Meta&apos;s own; it is kept in the system keyring and nowhere else.</source>
        <translation>カタログのモデルはアカウントなしでダウンロードできます。トークンが必要なのは Meta 公式のようなアクセス制限付きリポジトリだけで、システムのキーリングにのみ保存されます。</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Face トークン</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the token cannot be stored safely. It will be kept for this session only; on Linux, install and unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>このコンピューターではキーリングを利用できないため、トークンを安全に保存できません。このセッションの間だけ使われます。Linux では GNOME Keyring か KWallet をインストールしてロックを解除すると保存できます。</translation>
    </message>
    <message>
        <source>%1 is gated. Paste a token from huggingface.co/settings/tokens and press Check: it says whether the token opens %1.</source>
        <translation>%1 はアクセス制限付きです。huggingface.co/settings/tokens のトークンを貼り付けて「確認」を押すと、そのトークンで %1 を開けるかどうかがわかります。</translation>
    </message>
    <message>
        <source>Token saved.</source>
        <translation>トークンを保存しました。</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>トークンを削除しました。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Signed in as %1, with access to %2.</source>
        <translation>%1 としてサインイン済み。%2 にアクセスできます。</translation>
    </message>
    <message>
        <source>No token: enter one from huggingface.co/settings/tokens.</source>
        <translation>トークンがありません。huggingface.co/settings/tokens で取得したものを入力してください。</translation>
    </message>
    <message>
        <source>The Hub does not accept this token. Create a new one at huggingface.co/settings/tokens.</source>
        <translation>Hub がこのトークンを受け付けません。huggingface.co/settings/tokens で新しく作成してください。</translation>
    </message>
    <message>
        <source>Signed in as %1, but without access to %2: request it on the repository&apos;s page.</source>
        <translation>%1 としてサインイン済みですが、%2 へのアクセス権がありません。リポジトリのページで申請してください。</translation>
    </message>
</context>
<context>
    <name>ApiServerControl</name>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Not started: port %1 cannot be used (%2).</source>
        <translation>開始されていません: ポート %1 を使用できません (%2)。</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>開始されていません: %1</translation>
    </message>
    <message>
        <source>On at %1</source>
        <translation>稼働中: %1</translation>
    </message>
</context>
<context>
    <name>ApiServerPage</name>
    <message>
        <source>Let programs on this computer use the model through the OpenAI API</source>
        <translation>このコンピューターのプログラムが OpenAI API 経由でモデルを使えるようにする</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>このコンピューターのみ (127.0.0.1)</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>このコンピューターが接続するすべてのネットワーク (0.0.0.0)</translation>
    </message>
    <message>
        <source>Anyone who can reach this computer over the network and has the key can then use the model.</source>
        <translation>その場合、ネットワーク経由でこのコンピューターに到達でき、キーを持つ人は誰でもモデルを使えます。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新しいキー</translation>
    </message>
    <message>
        <source>Programs that have the old key are refused from now on</source>
        <translation>古いキーを持つプログラムは今後拒否されます</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this key lasts until LlamaDesk quits. Set LLAMADESK_API_KEY to keep one.</source>
        <translation>このコンピューターにはキーリングがないため、このキーは LlamaDesk を終了するまで有効です。固定するには LLAMADESK_API_KEY を設定してください。</translation>
    </message>
    <message>
        <source>None: web pages cannot call it</source>
        <translation>なし: Web ページからは呼び出せません</translation>
    </message>
    <message>
        <source>Web pages allowed to call the API, such as http://localhost:3000, separated by commas</source>
        <translation>API を呼び出せる Web ページ (例: http://localhost:3000)。カンマ区切り</translation>
    </message>
    <message>
        <source>Keep API chats in the history (marked as the API&apos;s)</source>
        <translation>API のチャットを履歴に残す (API のものとして表示)</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>待ち受け:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <source>Web pages allowed:</source>
        <translation>許可する Web ページ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Requests use the model loaded here, one at a time, after your own messages.</source>
        <translation>リクエストはここで読み込んだモデルを 1 件ずつ、あなた自身のメッセージの後に使います。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Allow a tool call?</source>
        <translation>ツールの呼び出しを許可しますか？</translation>
    </message>
    <message>
        <source>The model wants to use %1.</source>
        <translation>モデルが %1 を使おうとしています。</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>今回だけ許可(&amp;A)</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>このツールを常に許可(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>拒否(&amp;D)</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attach images</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>画像 (%1)</translation>
    </message>
    <message>
        <source>At most %1 images go with one message.</source>
        <translation>1 つのメッセージに添付できる画像は最大 %1 枚です。</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Waiting for the model to load, then sending: %1</source>
        <translation>モデルの読み込みを待っています。読み込み後に送信します：%1</translation>
    </message>
    <message>
        <source>Editing your message: Enter sends it as a new version, Esc cancels</source>
        <translation>メッセージを編集中: Enter で新しいバージョンとして送信、Esc で取り消し</translation>
    </message>
    <message>
        <source>Version %1 / %2</source>
        <translation>バージョン %1 / %2</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>画像を読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading the images…</source>
        <translation>画像を読み込んでいます…</translation>
    </message>
    <message>
        <source>Context: %1 of %2 tokens</source>
        <translation>コンテキスト: %2 トークン中 %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n older message(s) no longer fit</source>
        <translation>
            <numerusform> · 古いメッセージ %n 件が収まりません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation>画像を添付（ここにドロップまたは貼り付けも可）</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>貼り付けた画像.png</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Enter for a new line</source>
        <translation>Ctrl+Enter で送信 · Enter で改行</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter for a new line</source>
        <translation>Enter で送信 · Shift+Enter で改行</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 文字</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>↓ Latest</source>
        <translation>↓ 最新</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>最新のメッセージへ移動</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>最新へ移動</translation>
    </message>
    <message>
        <source>Show the latest messages ›</source>
        <translation>最新のメッセージを表示 ›</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典:</translation>
    </message>
    <message>
        <source>%1 % of guesses kept</source>
        <translation>推測の %1 % を採用</translation>
    </message>
    <message>
        <source>Start with one of these, or ask anything</source>
        <translation>次のどれかから始めるか、何でも聞いてください</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>不明なモデル</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation>最初のトークンまで %1 ms</translation>
    </message>
    <message>
        <source>This message no longer fits the context window; the model does not see it when it answers.</source>
        <translation>このメッセージはコンテキストに収まらなくなりました。モデルは返答時にこれを参照しません。</translation>
    </message>
    <message>
        <source>outside the model&apos;s memory</source>
        <translation>モデルの記憶の外</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>書いています…</translation>
    </message>
    <message>
        <source>%1 (%2 × %3): click to open</source>
        <translation>%1 (%2 × %3): クリックで開く</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>interrupted: cut off before it ended (LlamaDesk closed, or a pool computer stopped answering)</source>
        <translation>中断: 終わる前に途切れました（LlamaDesk が閉じたか、プールのコンピューターが応答しなくなりました）</translation>
    </message>
    <message>
        <source>cut off at the length limit</source>
        <translation>長さの上限で打ち切り</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>stopped after the most rounds of tool calls a reply may make (Settings › Tools)</source>
        <translation>1 回の返答で許されるツール呼び出しの最大回数に達したため停止（設定 › ツール）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>Document collections</source>
        <translation>ドキュメントコレクション</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>パッセージ</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>埋め込みモデル</translation>
    </message>
    <message>
        <source>Indexing runs on this computer only; nothing is uploaded.</source>
        <translation>インデックス作成はこのコンピューターだけで行われ、何もアップロードされません。</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>インデックス作成の進行状況</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>新しいコレクション…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>再インデックス</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>インデックス作成を一時停止</translation>
    </message>
    <message>
        <source>%1: %2 of %3 files, %4 passages, %5 passages/s</source>
        <translation>%1: %3 ファイル中 %2、%4 パッセージ、%5 パッセージ/秒</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>%1 is up to date: %2 file(s) indexed, %3 unchanged, %4 removed, %5 skipped.</source>
        <translation>%1 は最新です: %2 ファイルをインデックス化、%3 変更なし、%4 削除、%5 スキップ。</translation>
    </message>
    <message>
        <source>Loading the embedding model…</source>
        <translation>埋め込みモデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Add a folder to %1</source>
        <translation>%1 にフォルダーを追加</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>コレクションを削除</translation>
    </message>
    <message>
        <source>Forget the collection %1? Its files stay where they are.</source>
        <translation>コレクション %1 を削除しますか？ファイルはそのまま残ります。</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>インデックス作成を再開</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message…</source>
        <translation>メッセージ…</translation>
    </message>
</context>
<context>
    <name>ConversationBrowser</name>
    <message>
        <source>Reply version %1 / %2</source>
        <translation>返答バージョン %1 / %2</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+F)</source>
        <translation>会話を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the thinking too</source>
        <translation>思考の中も検索</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>会話を削除</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>From a program, through the local API</source>
        <translation>プログラムから、ローカル API 経由</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>「%1」を削除しました</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致する結果はありません</translation>
    </message>
    <message>
        <source>in its thinking</source>
        <translation>思考の中</translation>
    </message>
</context>
<context>
    <name>CrashBanner</name>
    <message>
        <source>Load with safe settings</source>
        <translation>安全な設定で読み込む</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
    <message>
        <source>The full crash report, for a bug report. Nothing is sent anywhere.</source>
        <translation>バグ報告用のクラッシュレポート全文です。どこにも送信されません。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Search GGUF models on Hugging Face (Qwen3, Gemma 3, Llama 3.1…)</source>
        <translation>Hugging Face の GGUF モデルを検索（Qwen3、Gemma 3、Llama 3.1…）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>ダウンロード数順</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>並び順</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop waiting for the Hub</source>
        <translation>Hub の応答を待つのをやめる</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>見つかったモデル</translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation>さらに表示(&amp;M)</translation>
    </message>
    <message>
        <source>Files to download</source>
        <translation>ダウンロードするファイル</translation>
    </message>
    <message>
        <source>Also the vision projector (for images)</source>
        <translation>画像用のビジョンプロジェクターも</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>画像対応</translation>
    </message>
    <message>
        <source>gated</source>
        <translation>アクセス制限あり</translation>
    </message>
    <message>
        <source>%1 — %2 downloads · %3</source>
        <translation>%1 — %2 ダウンロード · %3</translation>
    </message>
    <message>
        <source>licence not given</source>
        <translation>ライセンス記載なし</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>No GGUF models found.</source>
        <translation>GGUF モデルは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Check your access…</source>
        <translation>アクセスを確認…</translation>
    </message>
    <message>
        <source>Add a Hugging Face token…</source>
        <translation>Hugging Face のトークンを追加…</translation>
    </message>
    <message>
        <source>asks for your acceptance before the download</source>
        <translation>ダウンロード前に同意が必要です</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>licence: %1</source>
        <translation>ライセンス: %1</translation>
    </message>
    <message>
        <source>its page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>gated: your Hugging Face token needs access</source>
        <translation>アクセス制限あり: Hugging Face トークンにアクセス権が必要です</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>収まる</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>ぎりぎり</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>大きすぎる</translation>
    </message>
    <message>
        <source>over 100 tokens/s</source>
        <translation>100 トークン/秒以上</translation>
    </message>
    <message>
        <source>~%1 tokens/s</source>
        <translation>約 %1 トークン/秒</translation>
    </message>
    <message>
        <source>%1 parts</source>
        <translation>%1 分割</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>&amp;Documents</source>
        <translation>ドキュメント(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Collections…</source>
        <translation>コレクション(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>DocumentsToggle</name>
    <message>
        <source>Documents to answer from</source>
        <translation>回答に使うドキュメント</translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation>コレクションはまだありません</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>コレクション…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>ドキュメント: %1</translation>
    </message>
    <message>
        <source>Answer from these document collections too; the reply lists its sources under it.</source>
        <translation>これらのコレクションも使って回答します。出典は回答の下に表示されます。</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About LlamaDesk</source>
        <translation>LlamaDesk について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Open a conversation to export it.</source>
        <translation>エクスポートする会話を開いてください。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>プレーンテキスト (*.txt)</translation>
    </message>
    <message>
        <source>LlamaDesk JSON (*.json)</source>
        <translation>LlamaDesk JSON (*.json)</translation>
    </message>
    <message>
        <source>All conversations, one file each (*.zip)</source>
        <translation>すべての会話（1 件 1 ファイル）(*.zip)</translation>
    </message>
    <message>
        <source>All conversations, lossless (*.json)</source>
        <translation>すべての会話（完全）(*.json)</translation>
    </message>
    <message>
        <source>LlamaDesk conversations</source>
        <translation>LlamaDesk の会話</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <source>LlamaDesk export (*.json)</source>
        <translation>LlamaDesk のエクスポート (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n 件の会話をインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was already here.</source>
        <translation>
            <numerusform>%n 件は既にありました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
</context>
<context>
    <name>IndexingWorker</name>
    <message>
        <source>There is already a collection named %1.</source>
        <translation>%1 という名前のコレクションは既にあります。</translation>
    </message>
    <message>
        <source>There is no collection named %1.</source>
        <translation>%1 という名前のコレクションはありません。</translation>
    </message>
    <message>
        <source>The embedding model that built %1, %2, is no longer there. Download it again (Models › Embedding models) to keep this collection up to date; searching it still works, by keyword.</source>
        <translation>%1 を作成した埋め込みモデル %2 が見つかりません。このコレクションを最新に保つには再ダウンロードしてください(モデル › 埋め込みモデル)。検索はキーワードで引き続き使えます。</translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <source>Unexpected error while loading the model: %1. Details are in the log file.</source>
        <translation>モデルの読み込み中に予期しないエラー: %1。詳細はログファイルにあります。</translation>
    </message>
    <message>
        <source>Unexpected error while answering: %1. Details are in the log file.</source>
        <translation>返答中に予期しないエラー: %1。詳細はログファイルにあります。</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>This summary is a help, not the license: the English text below is what you agree to.</source>
        <translation>この要約は参考であり、ライセンスそのものではありません。同意するのは下の英語の本文です。</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>ライセンス本文</translation>
    </message>
    <message>
        <source>I have read and accept the %1</source>
        <translation>%1 を読み、同意します</translation>
    </message>
    <message>
        <source>Scroll to the end of the text first</source>
        <translation>先に本文の最後までスクロールしてください</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>同意する</translation>
    </message>
</context>
<context>
    <name>LicenseSummary</name>
    <message>
        <source>You may use, copy and change Llama 2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 July 2023 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 2&apos;s output to improve other large language models.</source>
        <translation>Llama 2 は、個人利用でも商用でも無料で使用・複製・改変できます。2023 年 7 月 18 日時点で製品の月間アクティブユーザーが 7 億人を超えていた企業だけは、Meta から別途ライセンスを受ける必要があります。また、Meta の利用規定に同意し、Llama 2 の出力を他の大規模言語モデルの改良に使わないことにも同意します。</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 April 2024 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 3&apos;s output to improve other large language models.</source>
        <translation>Llama 3 は個人・商用を問わず無料で使用、複製、改変できます。2024年4月18日時点で月間アクティブユーザーが7億人を超える製品を持つ企業のみ、Meta から別途ライセンスを受ける必要があります。また、Meta の利用規定に同意し、Llama 3 の出力を他の大規模言語モデルの改良に使わないことにも同意します。</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.1 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>Llama 3.1 は個人・商用を問わず無料で使用、複製、改変できます。リリース日時点で月間アクティブユーザーが7億人を超える製品を持つ企業のみ、Meta から別途ライセンスを受ける必要があります。このモデルやそれを元にしたモデルを共有する場合は「Built with Llama」と表示し、そのモデル名を「Llama」で始める必要があります。また、Meta の利用規定にも同意します。</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy. The rights to its multimodal (vision) models are not granted to people living, or companies based, in the European Union.</source>
        <translation>Llama 3.2 は個人・商用を問わず無料で使用、複製、改変できます。リリース日時点で月間アクティブユーザーが7億人を超える製品を持つ企業のみ、Meta から別途ライセンスを受ける必要があります。このモデルやそれを元にしたモデルを共有する場合は「Built with Llama」と表示し、そのモデル名を「Llama」で始める必要があります。また、Meta の利用規定にも同意します。マルチモーダル（画像）モデルの権利は、欧州連合に住む個人や欧州連合に拠点を置く企業には付与されません。</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>Llama 3.3 は個人・商用を問わず無料で使用、複製、改変できます。リリース日時点で月間アクティブユーザーが7億人を超える製品を持つ企業のみ、Meta から別途ライセンスを受ける必要があります。このモデルやそれを元にしたモデルを共有する場合は「Built with Llama」と表示し、そのモデル名を「Llama」で始める必要があります。また、Meta の利用規定にも同意します。</translation>
    </message>
    <message>
        <source>You may use, copy and change Gemma for free, for personal or commercial work. You agree to Google&apos;s Gemma Prohibited Use Policy. If you share Gemma or a model built from it, you must pass on these terms and their use restrictions.</source>
        <translation>Gemma は個人・商用を問わず無料で使用、複製、改変できます。Google の Gemma 禁止使用ポリシーに同意します。Gemma やそれを元にしたモデルを共有する場合は、この規約とその使用制限を引き継ぐ必要があります。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The model could not be imported</source>
        <translation>モデルをインポートできませんでした</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>返答を停止（Esc）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>メッセージを入力します。Enter で送信、Shift+Enter で改行します。</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>The messages of this chat</source>
        <translation>このチャットのメッセージ</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>モデルの状態</translation>
    </message>
    <message>
        <source>What the model is doing</source>
        <translation>モデルが行っていること</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Your conversations, newest first</source>
        <translation>あなたの会話（新しい順）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search every conversation (Ctrl+F)</source>
        <translation>すべての会話を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を始める（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>Opening your conversations…</source>
        <translation>会話を開いています…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>モデルを読み込めませんでした</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>返答に失敗しました</translation>
    </message>
    <message>
        <source>No model is loaded. Use File › Open model… to choose a GGUF file.</source>
        <translation>モデルが読み込まれていません。ファイル › モデルを開く… で GGUF ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>送信（Enter）</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <source>Template: automatic</source>
        <translation>テンプレート: 自動</translation>
    </message>
    <message>
        <source>Llama 2</source>
        <translation>Llama 2</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>モデル独自</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>テンプレート: %1</translation>
    </message>
    <message>
        <source>How messages are put to this model. Automatic reads it from the model file; the choice is kept for this model.</source>
        <translation>このモデルへのメッセージの渡し方です。自動ではモデルファイルから読み取ります。選択はこのモデル用に保存されます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop loading the model (Esc)</source>
        <translation>モデルの読み込みを中止（Esc）</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Answering a program through the local API; your next message waits its turn</source>
        <translation>ローカル API 経由でプログラムに応答中です。次のメッセージは順番を待ちます</translation>
    </message>
    <message>
        <source>Context: no model</source>
        <translation>コンテキスト: モデルなし</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Choose the model to chat with</source>
        <translation>チャットするモデルを選択</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>プロンプトテンプレート</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>How far the model has loaded</source>
        <translation>モデルの読み込み状況</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <source>Where the model runs: CPU or GPU</source>
        <translation>モデルの実行場所: CPU または GPU</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Tokens used of the context window</source>
        <translation>コンテキストの使用トークン数</translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation>モデルがインストールされていません</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>GGUF ファイルを開く…</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>モデルを管理…</translation>
    </message>
    <message>
        <source>Loading %1… %p%</source>
        <translation>%1 を読み込み中… %p%</translation>
    </message>
    <message>
        <source>Template: automatic (%1)</source>
        <translation>テンプレート: 自動 (%1)</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>モデル未読み込み</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>all layers</source>
        <translation>全レイヤー</translation>
    </message>
    <message>
        <source>%1 of %2 layers</source>
        <translation>%2 レイヤー中 %1</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 レイヤー</translation>
    </message>
    <message>
        <source>Cannot read images: %1</source>
        <translation>画像を読めません: %1</translation>
    </message>
    <message>
        <source>Reads images (projector %1)</source>
        <translation>画像を読めます（プロジェクター %1）</translation>
    </message>
    <message>
        <source>sees images</source>
        <translation>画像対応</translation>
    </message>
    <message>
        <source>Prompt template: %1</source>
        <translation>プロンプトテンプレート: %1</translation>
    </message>
    <message>
        <source>Settings › App › Context size sets a larger one, if memory allows.</source>
        <translation>設定 › アプリ › コンテキストサイズで、メモリが許せばより大きくできます。</translation>
    </message>
    <message>
        <source>Settings › App › GPU layers turns it back on.</source>
        <translation>設定 › アプリ › GPU レイヤーで再び有効にできます。</translation>
    </message>
    <message>
        <source>Its replies are capped and repetition is penalised: Settings › New chats › Models without a chat template.</source>
        <translation>返答は長さが制限され、繰り返しにはペナルティがかかります: 設定 › 新しいチャット › チャットテンプレートのないモデル。</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 トークン</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <source>Open model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 をインストールしました。</translation>
    </message>
    <message>
        <source>Draft model</source>
        <translation>ドラフトモデル</translation>
    </message>
    <message>
        <source>A pool computer cannot be used</source>
        <translation>プールのコンピューターを使えません</translation>
    </message>
    <message>
        <source>%1 fits on this computer alone (more slowly). Load it here?</source>
        <translation>%1 はこのコンピューターだけでも動きます（遅くなります）。ここで読み込みますか?</translation>
    </message>
    <message>
        <source>Load here</source>
        <translation>ここで読み込む</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>%1 does not fit on this computer alone. Start the pool on that computer again, then load the model.</source>
        <translation>%1 はこのコンピューターだけには収まりません。相手のコンピューターでプールを再開してから、モデルを読み込んでください。</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Hugging Face account</source>
        <translation>Hugging Face アカウント</translation>
    </message>
    <message>
        <source>Embedding models</source>
        <translation>埋め込みモデル</translation>
    </message>
    <message>
        <source>Llama 2 chat models in every size and quantization. This computer has %1 of memory; the recommended model fits it comfortably.</source>
        <translation>あらゆるサイズと量子化の Llama 2 チャットモデルです。このコンピューターのメモリは %1 で、おすすめのモデルは余裕を持って収まります。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>必要なメモリ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Speed here</source>
        <translation>この PC での速度</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>収まる</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>ぎりぎり</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>大きすぎる</translation>
    </message>
    <message>
        <source>★ Recommended</source>
        <translation>★ おすすめ</translation>
    </message>
    <message>
        <source>~%1 tokens/s</source>
        <translation>約 %1 トークン/秒</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>ダウンロード…</translation>
    </message>
    <message>
        <source>Embedding models turn your documents into searchable vectors for Documents › Collections…. Their licenses ask for no acceptance.</source>
        <translation>埋め込みモデルは、ドキュメント › コレクション… でドキュメントを検索できるようにします。ライセンスへの同意は不要です。</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>探す</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>得意分野</translation>
    </message>
    <message>
        <source>Llama 2 first, then current models for people who would rather not search: each with its licence, how it fits this computer and the speed to expect. Llama and Gemma ask you to accept their licence first.</source>
        <translation>まず Llama 2、続いて検索したくない人のための最新モデル。それぞれのライセンス、このコンピューターに収まるかどうか、予想速度を示します。Llama と Gemma は最初にライセンスへの同意を求めます。</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>このコンピューターには大きすぎます</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory, more than this computer has. Download it anyway?</source>
        <translation>%1 には約 %2 のメモリが必要で、このコンピューターの搭載量を超えています。それでもダウンロードしますか？</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after LlamaDesk restarts; every byte is checked against the Hub&apos;s SHA-256.</source>
        <translation>ダウンロードは LlamaDesk を再起動しても中断した所から再開し、すべてのバイトを Hub の SHA-256 と照合します。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入手元</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <source>Faster replies…</source>
        <translation>応答の高速化…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>GGUF をインポート…</translation>
    </message>
    <message>
        <source>Drop .gguf files here to import them.</source>
        <translation>.gguf ファイルをここにドロップするとインポートします。</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>Used in place</source>
        <translation>元の場所で使用</translation>
    </message>
    <message>
        <source>Opened from %1</source>
        <translation>%1 から開いたもの</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を検証中…</translation>
    </message>
    <message>
        <source>Remove %1 from the list? The file stays where it is.</source>
        <translation>%1 を一覧から外しますか?ファイルはそのまま残ります。</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Conversations made with it stay.</source>
        <translation>%1（%2）を削除しますか？このモデルでの会話は残ります。</translation>
    </message>
    <message>
        <source>%1 is intact.</source>
        <translation>%1 は正常です。</translation>
    </message>
    <message>
        <source>%1 does not match its checksum: delete it and download it again.</source>
        <translation>%1 がチェックサムと一致しません。削除して再度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>GGUF モデルをインポート</translation>
    </message>
    <message>
        <source>Checking %1… %p%</source>
        <translation>%1 を検証中… %p%</translation>
    </message>
    <message>
        <source>The model could not be imported</source>
        <translation>モデルをインポートできませんでした</translation>
    </message>
</context>
<context>
    <name>NewCollectionDialog</name>
    <message>
        <source>New collection</source>
        <translation>新しいコレクション</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>コレクション名</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>埋め込みモデル</translation>
    </message>
    <message>
        <source>Another GGUF file…</source>
        <translation>別の GGUF ファイル…</translation>
    </message>
    <message>
        <source>Download one…</source>
        <translation>ダウンロードする…</translation>
    </message>
    <message>
        <source>Choose an embedding model</source>
        <translation>埋め込みモデルを選択</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>埋め込みモデル:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>An embedding model turns passages into vectors, so that a question finds them by meaning.</source>
        <translation>埋め込みモデルは文章をベクトルに変え、質問が意味で文章を見つけられるようにします。</translation>
    </message>
    <message>
        <source>No embedding model is installed yet: download one, or choose a GGUF file.</source>
        <translation>埋め込みモデルがまだインストールされていません。ダウンロードするか、GGUF ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>%1 is a chat model: it writes replies, it does not turn text into vectors for search. Choose an embedding model (Models › Embedding models has some).</source>
        <translation>%1 はチャットモデルです。返答を書きますが、検索用にテキストをベクトルに変えません。埋め込みモデルを選んでください（モデル › 埋め込みモデル にあります）。</translation>
    </message>
    <message>
        <source>%1 does not say it is an embedding model (its file names no pooling). It may find passages poorly.</source>
        <translation>%1 は埋め込みモデルであると示していません（ファイルにプーリングの指定がありません）。文章をうまく見つけられない可能性があります。</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <source>Give the collection a name and an existing folder.</source>
        <translation>コレクションに名前と既存のフォルダーを指定してください。</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste tool servers</source>
        <translation>ツールサーバーを貼り付け</translation>
    </message>
    <message>
        <source>Paste the “mcpServers” block from another app&apos;s configuration:</source>
        <translation>別のアプリの設定にある「mcpServers」ブロックを貼り付けてください:</translation>
    </message>
</context>
<context>
    <name>PoolLending</name>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>%1 GB of memory</source>
        <translation>メモリ %1 GB</translation>
    </message>
    <message>
        <source>its free memory</source>
        <translation>空きメモリすべて</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <source>Lending this computer (%1) on port %2. Connected: %3.</source>
        <translation>このコンピューターを貸し出し中（%1）、ポート %2。接続中: %3。</translation>
    </message>
    <message>
        <source>it stopped unexpectedly</source>
        <translation>予期せず停止しました</translation>
    </message>
    <message>
        <source>Not lending: %1</source>
        <translation>貸し出していません: %1</translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>この LlamaDesk エンジンのビルドには RPC バックエンドがないため、コンピューターをプールできません。</translation>
    </message>
    <message>
        <source>Lend this computer</source>
        <translation>このコンピューターを貸し出す</translation>
    </message>
    <message>
        <source>Let computers paired with this one run part of their models here</source>
        <translation>ペアリングしたコンピューターがモデルの一部をここで実行できるようにする</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>このコンピューターが接続するすべてのネットワーク (0.0.0.0)</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>このコンピューターのみ (127.0.0.1)</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>All that is free</source>
        <translation>空いている分すべて</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>ペアリングコード</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>新しいコード</translation>
    </message>
    <message>
        <source>Computers paired with the old code must be paired again</source>
        <translation>古いコードでペアリングしたコンピューターは、もう一度ペアリングが必要です</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this code lasts until LlamaDesk quits.</source>
        <translation>このコンピューターにはキーリングがないため、このコードは LlamaDesk を終了するまで有効です。</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>待ち受け:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Memory lent:</source>
        <translation>貸し出すメモリ:</translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation>ペアリングコード:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Use other computers</source>
        <translation>ほかのコンピューターを使う</translation>
    </message>
    <message>
        <source>Spread models over these computers when loading</source>
        <translation>読み込み時にモデルをこれらのコンピューターに分散する</translation>
    </message>
    <message>
        <source>Pool computers</source>
        <translation>プールのコンピューター</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Address of the computer to add</source>
        <translation>追加するコンピューターのアドレス</translation>
    </message>
    <message>
        <source>Its pairing code</source>
        <translation>そのペアリングコード</translation>
    </message>
    <message>
        <source>Pairing code of the computer to add</source>
        <translation>追加するコンピューターのペアリングコード</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>追加:</translation>
    </message>
    <message>
        <source>On the other computer, turn on Lend this computer (or run `llamadesk pool serve`), then enter its address and the code it shows. Loading a model pairs with each computer.</source>
        <translation>相手のコンピューターで「このコンピューターを貸し出す」をオンにし（または `llamadesk pool serve` を実行し）、そのアドレスと表示されたコードをここに入力してください。モデルを読み込むと各コンピューターとペアリングします。</translation>
    </message>
</context>
<context>
    <name>ProjectorQuestion</name>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>%1 looks like a vision model, but its projector is not beside it, so it cannot read images. Choose the projector now?</source>
        <translation>%1 は画像モデルのようですが、プロジェクターが隣にないため画像を読めません。今プロジェクターを選びますか？</translation>
    </message>
    <message>
        <source>The projector is an mmproj….gguf file from the same repository as the model. Not now: LlamaDesk will not ask again; a projector put beside the model later is found by itself.</source>
        <translation>プロジェクターはモデルと同じリポジトリにある mmproj….gguf ファイルです。「今はしない」を選ぶと再び尋ねません。後でモデルの隣に置いたプロジェクターは自動で見つかります。</translation>
    </message>
    <message>
        <source>Choose the projector…</source>
        <translation>プロジェクターを選ぶ…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Choose the projector</source>
        <translation>プロジェクターを選ぶ</translation>
    </message>
    <message>
        <source>Projectors (mmproj*.gguf *.gguf)</source>
        <translation>プロジェクター (mmproj*.gguf *.gguf)</translation>
    </message>
</context>
<context>
    <name>SamplingEditor</name>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation>例: 簡潔に、わかりやすい日本語で答えてください。</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>バランス</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>創造的</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>システムプロンプト:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度:</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <source>Top-k (0: off):</source>
        <translation>Top-k（0: オフ）:</translation>
    </message>
    <message>
        <source>Min-p:</source>
        <translation>Min-p:</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>繰り返しペナルティ:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Sampling preset</source>
        <translation>サンプリングのプリセット</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a tool server</source>
        <translation>ツールサーバーを追加</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境変数:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>時間制限:</translation>
    </message>
    <message>
        <source>Each environment line is NAME=VALUE.</source>
        <translation>環境変数は 1 行に 1 つ、NAME=VALUE の形で書きます。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>この会話</translation>
    </message>
    <message>
        <source>New chats</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API サーバー</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Models without a chat template</source>
        <translation>チャットテンプレートのないモデル</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source>Longest reply:</source>
        <translation>最長の返答:</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>繰り返しペナルティ:</translation>
    </message>
    <message>
        <source>A base model continues text as written and may repeat itself without end. A conversation&apos;s own repeat penalty, when not 1.00, is kept.</source>
        <translation>ベースモデルは書かれた文章をそのまま続け、際限なく繰り返すことがあります。会話独自の繰り返しペナルティは、1.00 でなければそのまま使われます。</translation>
    </message>
    <message>
        <source>Keep attached images as they came (otherwise at the size the model reads, which takes less space)</source>
        <translation>添付画像を元のまま保存する（オフにすると、モデルが読むサイズで保存し、容量を節約します）</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>システムのサイズ</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter for a new line</source>
        <translation>Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter for a new line</source>
        <translation>Ctrl+Enter で送信、Enter で改行</translation>
    </message>
    <message>
        <source>Automatic: as many layers as fit on the GPU</source>
        <translation>自動: GPU に収まるだけのレイヤー</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>全レイヤー</translation>
    </message>
    <message>
        <source>With several GPUs: which one holds the model (0 is the first; `llamadesk info` lists them).</source>
        <translation>GPU が複数ある場合にモデルを載せる GPU（0 が最初。`llamadesk info` で一覧できます）。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Automatic: every core reads the prompt, and all but one write the reply, so the window stays smooth while it streams.</source>
        <translation>自動：すべてのコアがプロンプトを読み込み、1 つを除くすべてのコアが返信を書きます。ストリーミング中もウィンドウが滑らかに動きます。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>フォントサイズ:</translation>
    </message>
    <message>
        <source>Send with:</source>
        <translation>送信キー:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>GPU layers:</source>
        <translation>GPU レイヤー:</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>GPU: this build of LlamaDesk runs on the CPU only (it has no GPU support).</source>
        <translation>GPU: この LlamaDesk のビルドは CPU のみで動作します (GPU には対応していません)。</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>スレッド:</translation>
    </message>
    <message>
        <source>Context size:</source>
        <translation>コンテキストサイズ:</translation>
    </message>
    <message>
        <source>Threads and context size apply when a model is next loaded. A new language applies after a restart.</source>
        <translation>スレッド数とコンテキストサイズは次にモデルを読み込むときに適用されます。新しい言語は再起動後に適用されます。</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>データフォルダー:</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>設定を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>メッセージ内で改行</translation>
    </message>
    <message>
        <source>Stop the reply; clear the search</source>
        <translation>返答を止める／検索をクリア</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Delete the chosen conversation</source>
        <translation>選んだ会話を削除</translation>
    </message>
    <message>
        <source>Delete (in the list)</source>
        <translation>Delete（一覧で）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>SpeculationDialog</name>
    <message>
        <source>Faster replies: %1</source>
        <translation>応答の高速化: %1</translation>
    </message>
    <message>
        <source>LlamaDesk can guess the next few words and have the model check them all at once. The reply is the one the model writes without guessing; it comes sooner where text repeats: rewriting, fixing code, summarising, quoting documents. Automatic guesses only while it pays on this computer.</source>
        <translation>LlamaDesk は次の数語を推測し、モデルにまとめて確認させることができます。応答は推測なしでモデルが書くものと同じで、テキストが繰り返される場面（書き直し、コード修正、要約、文書の引用）ではより早く届きます。「自動」はこのコンピューターで効果がある間だけ推測します。</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>自動（推奨）</translation>
    </message>
    <message>
        <source>Guess from the conversation, always</source>
        <translation>常に会話から推測</translation>
    </message>
    <message>
        <source>Guess with a draft model</source>
        <translation>ドラフトモデルで推測</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>A small model of the same family (the same vocabulary), such as a 0.5B or 1B model of the same series</source>
        <translation>同じファミリー（同じ語彙）の小さなモデル。たとえば同じシリーズの 0.5B や 1B のモデル</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>No draft chosen</source>
        <translation>ドラフト未選択</translation>
    </message>
    <message>
        <source>The most tokens guessed at once</source>
        <translation>一度に推測するトークンの最大数</translation>
    </message>
    <message>
        <source>Guessing:</source>
        <translation>推測:</translation>
    </message>
    <message>
        <source>Draft model:</source>
        <translation>ドラフトモデル:</translation>
    </message>
    <message>
        <source>Tokens at once:</source>
        <translation>一度のトークン数:</translation>
    </message>
    <message>
        <source>Choose a draft model</source>
        <translation>ドラフトモデルを選択</translation>
    </message>
    <message>
        <source>Choose the draft model, or another way of guessing.</source>
        <translation>ドラフトモデルを選ぶか、別の推測方法を選んでください。</translation>
    </message>
</context>
<context>
    <name>Strengths</name>
    <message>
        <source>chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>many languages</source>
        <translation>多言語</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>small and fast</source>
        <translation>小さく高速</translation>
    </message>
    <message>
        <source>thinks first</source>
        <translation>先に考える</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>images</source>
        <translation>画像</translation>
    </message>
</context>
<context>
    <name>ThinkToggle</name>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>How much this model thinks before it answers, in this conversation</source>
        <translation>この会話で、モデルが答える前にどれだけ考えるか</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Think: %1</source>
        <translation>思考: %1</translation>
    </message>
</context>
<context>
    <name>Thinking</name>
    <message>
        <source>Thought for %1</source>
        <translation>%1 考えました</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>考えました</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>（中断）</translation>
    </message>
    <message>
        <source>Show or hide how the model thought</source>
        <translation>モデルの考えた過程を表示／非表示</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>考え中…</translation>
    </message>
</context>
<context>
    <name>ToolBlocks</name>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>許可されず</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>Show or hide what was sent and what came back</source>
        <translation>送った内容と返ってきた内容を表示／非表示</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>送信:</translation>
    </message>
    <message>
        <source>Came back:</source>
        <translation>結果:</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tool servers</source>
        <translation>ツールサーバー</translation>
    </message>
    <message>
        <source>The server&apos;s state and the end of its log</source>
        <translation>サーバーの状態とログの末尾</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Paste JSON…</source>
        <translation>JSON を貼り付け(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>再起動(&amp;S)</translation>
    </message>
    <message>
        <source>Most rounds of tool calls in one reply</source>
        <translation>1 回の返答でのツール呼び出しの最大ラウンド数</translation>
    </message>
    <message>
        <source>Programs on this computer that give the model tools (MCP servers). A conversation uses them when its Tools switch is on, and you are asked before each call.</source>
        <translation>このコンピューター上で、モデルにツールを提供するプログラム（MCP サーバー）です。会話の「ツール」スイッチがオンのときに使われ、呼び出しのたびに確認されます。</translation>
    </message>
    <message>
        <source>Most rounds of calls in one reply:</source>
        <translation>1 回の返答での最大ラウンド数:</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未起動</translation>
    </message>
</context>
<context>
    <name>ToolsToggle</name>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Let the model call your tool servers in this conversation (you are asked before each call)</source>
        <translation>この会話でモデルにツールサーバーの呼び出しを許可します（呼び出しのたびに確認されます）</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LlamaDesk</source>
        <translation>LlamaDesk へようこそ</translation>
    </message>
    <message>
        <source>Chat with Llama 2 on this computer. After one download, nothing you write leaves it.</source>
        <translation>このコンピューターで Llama 2 とチャットできます。一度ダウンロードすれば、書いた内容が外に出ることはありません。</translation>
    </message>
    <message>
        <source>Read the license and download</source>
        <translation>ライセンスを読んでダウンロード</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer:&lt;/b&gt; %1 (%2), a %3 download that needs about %4 of memory.</source>
        <translation>&lt;b&gt;このコンピューターへのおすすめ:&lt;/b&gt; %1（%2）。ダウンロードは %3、必要なメモリは約 %4 です。</translation>
    </message>
    <message>
        <source>Expected speed here: about %1 tokens a second; bigger models would be slower.</source>
        <translation>この PC での予想速度: 毎秒約 %1 トークン。大きいモデルはもっと遅くなります。</translation>
    </message>
    <message>
        <source>No Llama 2 model fits this computer&apos;s memory comfortably. You can still choose one, or import a smaller GGUF model.</source>
        <translation>このコンピューターのメモリに余裕を持って収まる Llama 2 モデルはありません。それでも選ぶか、より小さな GGUF モデルをインポートできます。</translation>
    </message>
    <message>
        <source>Other models…</source>
        <translation>ほかのモデル…</translation>
    </message>
    <message>
        <source>Llama 3.x, Qwen3, Gemma 3 and more, or search the Hugging Face Hub</source>
        <translation>Llama 3.x、Qwen3、Gemma 3 など。Hugging Face Hub で検索することもできます</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>GGUF をインポート…</translation>
    </message>
    <message>
        <source>Use the selected model</source>
        <translation>選択したモデルを使う</translation>
    </message>
    <message>
        <source>Models already on this computer (Hugging Face cache, LM Studio):</source>
        <translation>このコンピューターに既にあるモデル（Hugging Face キャッシュ、LM Studio）:</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を検証中…</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>GGUF モデルをインポート</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3, %4, %5 left</source>
        <translation>%1 をダウンロード中: %3 中 %2、%4、残り %5</translation>
    </message>
    <message>
        <source>Downloaded and checked. Loading…</source>
        <translation>ダウンロードと検証が完了しました。読み込み中…</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>ダウンロードに失敗しました。</translation>
    </message>
    <message>
        <source>Paused. Resume it from Models › Downloads.</source>
        <translation>一時停止中です。モデル › ダウンロード から再開できます。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>モデルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>会話をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>すべての会話をエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>会話をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>モデル(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>最後のメッセージを編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>返答を再生成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Continue reply</source>
        <translation>返答を続ける(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Previous version of the reply</source>
        <translation>前の返答バージョン(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next version of the reply</source>
        <translation>次の返答バージョン(&amp;N)</translation>
    </message>
</context>
<context>
    <name>_Start</name>
    <message>
        <source>LlamaDesk could not start: %1. Details are in the log file.</source>
        <translation>LlamaDesk を起動できませんでした: %1。詳細はログファイルにあります。</translation>
    </message>
</context>
<context>
    <name>_Thumb</name>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4)</source>
        <translation>%1 (%2 × %3, %4)</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>添付画像 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
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
        <translation>LlamaDesk で不具合が発生しました</translation>
    </message>
    <message>
        <source>Something went wrong inside LlamaDesk. Your conversations are saved. The details below are also in the log file; please include them in a bug report.</source>
        <translation>LlamaDesk 内部で問題が発生しました。会話は保存されています。以下の詳細はログファイルにもあります。不具合報告に添えてください。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The history file is damaged (SQLite finds it malformed). LlamaDesk has not changed it. Move history.sqlite3 out of the data folder to start afresh, or put back a backup from the same folder (history.sqlite3.before-….bak).</source>
        <translation>履歴ファイルが破損しています（SQLite が不正な形式と判断しました）。LlamaDesk は変更していません。最初からやり直すには history.sqlite3 をデータフォルダーの外へ移動するか、同じフォルダーのバックアップ（history.sqlite3.before-….bak）を戻してください。</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (it holds %2), so LlamaDesk left it as it is. Move it out of the data folder, or choose another data folder.</source>
        <translation>%1 は別のプログラムのデータベースです（%2 を含みます）。そのため LlamaDesk は変更していません。データフォルダーの外へ移動するか、別のデータフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>This history was written by a newer LlamaDesk (history format %1; this version reads up to %2). Nothing was changed: update LlamaDesk to open it.</source>
        <translation>この履歴は新しいバージョンの LlamaDesk で書かれています（履歴形式 %1。このバージョンが読めるのは %2 まで）。何も変更していません。開くには LlamaDesk を更新してください。</translation>
    </message>
    <message>
        <source>%1 is damaged: its setting %2 is %3, which no model can have. Download the model again, or ask whoever made the file.</source>
        <translation>%1 は破損しています。設定 %2 の値 %3 は、どのモデルにもあり得ない値です。モデルをもう一度ダウンロードするか、ファイルの作成者に問い合わせてください。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for a system prompt, so the system prompt is put at the start of the first message.</source>
        <translation>このモデルのチャットテンプレートにはシステムプロンプトを置く場所がないため、システムプロンプトは最初のメッセージの先頭に置かれます。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), so LlamaDesk uses llama.cpp&apos;s built-in “%2” format, which it matches.</source>
        <translation>このモデルのチャットテンプレートを使用できなかったため（%1）、LlamaDesk はそれに一致する llama.cpp の組み込み形式「%2」を使用します。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), and it matches none of llama.cpp&apos;s built-in formats, so the conversation is sent as plain text. Replies may be poorer.</source>
        <translation>このモデルのチャットテンプレートを使用できず（%1）、llama.cpp のどの組み込み形式にも一致しないため、会話はプレーンテキストとして送信されます。応答の質が下がる場合があります。</translation>
    </message>
    <message>
        <source>%1 cannot read images: %2</source>
        <translation>%1 は画像を読めません: %2</translation>
    </message>
    <message>
        <source>Only a reply can be regenerated.</source>
        <translation>再生成できるのは返答だけです。</translation>
    </message>
    <message>
        <source>This reply has no message to answer.</source>
        <translation>この返答には答える対象のメッセージがありません。</translation>
    </message>
    <message>
        <source>This message and its images do not fit the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Send fewer images, shorten the message, or raise the context size.</source>
        <translation>このメッセージと画像はモデルのコンテキストウィンドウに収まりません。プロンプトには %1 トークンが必要ですが、ウィンドウは %2 トークンで、そのうち %3 は返答用です。画像を減らすか、メッセージを短くするか、コンテキストサイズを増やしてください。</translation>
    </message>
    <message>
        <source>This message is too long for the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Shorten the message or the system prompt, or raise the context size.</source>
        <translation>このメッセージはモデルのコンテキストには長すぎます。プロンプトに %1 トークン必要ですが、コンテキストは %2 トークンで、そのうち %3 トークンを返答用に確保しています。メッセージかシステムプロンプトを短くするか、コンテキストサイズを大きくしてください。</translation>
    </message>
    <message>
        <source>The model file does not exist: %1</source>
        <translation>モデルファイルがありません: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a model file.</source>
        <translation>%1 はフォルダーで、モデルファイルではありません。</translation>
    </message>
    <message>
        <source>The model file could not be read: %1.</source>
        <translation>モデルファイルを読み取れませんでした: %1。</translation>
    </message>
    <message>
        <source>%1 is not a GGUF model file. LlamaDesk runs .gguf models, such as those in TheBloke/Llama-2-7B-Chat-GGUF.</source>
        <translation>%1 は GGUF モデルファイルではありません。LlamaDesk が実行するのは TheBloke/Llama-2-7B-Chat-GGUF にあるような .gguf モデルです。</translation>
    </message>
    <message>
        <source>%1 uses GGUF version %2, which this LlamaDesk cannot read (it reads versions %3).</source>
        <translation>%1 は GGUF バージョン %2 で、この LlamaDesk では読めません（読めるのはバージョン %3）。</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. It should hold at least %2 bytes but has %3. The download was probably cut off: download it again.</source>
        <translation>%1 は不完全か破損しています。少なくとも %2 バイトあるはずが %3 バイトしかありません。ダウンロードが途中で切れたようです。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. The download was probably cut off: download it again.</source>
        <translation>%1 は不完全か破損しています。ダウンロードが途中で切れたようです。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>llama.cpp could not load %1 (architecture &apos;%2&apos;). The architecture may be unsupported by this version of LlamaDesk, or the file may be damaged.</source>
        <translation>llama.cpp は %1（アーキテクチャ「%2」）を読み込めませんでした。この LlamaDesk がそのアーキテクチャに対応していないか、ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory on this computer even with the pool&apos;s help, but only %3 is free. Add a worker, or close other programs.</source>
        <translation>%1 はプールの助けがあっても、このコンピューターで約 %2 のメモリが必要ですが、空きは %3 だけです。ワーカーを追加するか、他のプログラムを閉じてください。</translation>
    </message>
    <message>
        <source>Pooled: %1 of %2 layers run on %3.</source>
        <translation>プール: %2 層のうち %1 層が %3 で動作します。</translation>
    </message>
    <message>
        <source>Context: %1 tokens, LlamaDesk&apos;s default (the model takes up to %2).</source>
        <translation>コンテキスト: %1 トークン (LlamaDesk の既定値。モデルは最大 %2 まで対応)。</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory (at a context of %3 tokens), but only %4 is free. Close other programs, or choose a smaller model or quantization.</source>
        <translation>%1 には約 %2 のメモリが必要です（コンテキスト %3 トークン時）が、空きは %4 しかありません。他のプログラムを閉じるか、より小さなモデルか量子化を選んでください。</translation>
    </message>
    <message>
        <source>Running on the CPU: this build of llama.cpp has no GPU support.</source>
        <translation>CPU で実行中: この llama.cpp のビルドは GPU に対応していません。</translation>
    </message>
    <message>
        <source>Running on the CPU: no %1 GPU was found.</source>
        <translation>CPU で実行中: %1 GPU が見つかりません。</translation>
    </message>
    <message>
        <source>Running on the CPU: GPU offload is turned off.</source>
        <translation>CPU で実行中: GPU へのオフロードはオフです。</translation>
    </message>
    <message>
        <source>Running on the CPU: the model does not fit in the free memory of %1 (%2 free).</source>
        <translation>CPU で実行中: モデルが %1 の空きメモリ（空き %2）に収まりません。</translation>
    </message>
    <message>
        <source>%1 of %2 layers fit on %3; the rest run on the CPU, which is slower.</source>
        <translation>%2 レイヤー中 %1 が %3 に収まります。残りは CPU で実行され、遅くなります。</translation>
    </message>
    <message>
        <source>The context window was lowered from %1 to %2 tokens because memory is short.</source>
        <translation>メモリ不足のため、コンテキストを %1 から %2 トークンに減らしました。</translation>
    </message>
    <message>
        <source>Loading onto %1 failed, so the model runs on the CPU instead, which is slower.</source>
        <translation>%1 への読み込みに失敗したため、モデルは CPU で実行されます（遅くなります）。</translation>
    </message>
    <message>
        <source>Not a chat model: text is continued as written.</source>
        <translation>チャットモデルではありません: 書かれた文章の続きを書きます。</translation>
    </message>
    <message>
        <source>The model failed while answering: %1</source>
        <translation>モデルが返答中に失敗しました: %1</translation>
    </message>
    <message>
        <source>Replies are sped up by prompt lookup instead.</source>
        <translation>代わりに会話からの推測で応答を高速化します。</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, so the reply stops here; it is kept, marked interrupted. Load the model again to go on.</source>
        <translation>ワーカー %1 が応答しなくなったため、返答はここで止まります。返答は中断として保存されています。続けるにはモデルをもう一度読み込んでください。</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering while the model loaded.</source>
        <translation>モデルの読み込み中にワーカー %1 が応答しなくなりました。</translation>
    </message>
    <message>
        <source>no projector was loaded with it.</source>
        <translation>プロジェクターが一緒に読み込まれていません。</translation>
    </message>
    <message>
        <source>it is not a vision model, or its projector file (mmproj….gguf) is not beside it.</source>
        <translation>画像モデルではないか、プロジェクターファイル（mmproj….gguf）が隣にありません。</translation>
    </message>
    <message>
        <source>this build of the engine has no image support (libmtmd).</source>
        <translation>このエンジンのビルドは画像に対応していません（libmtmd）。</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub.</source>
        <translation>Hub から届いたファイル名 %1 を拒否しました。</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub: it points outside the models folder.</source>
        <translation>Hub から届いたファイル名 %1 を拒否しました。モデルフォルダーの外を指しています。</translation>
    </message>
    <message>
        <source>Not enough free disk space for %1: it needs %2 more, and only %3 is free in %4.</source>
        <translation>%1 を保存する空き容量が足りません。あと %2 必要ですが、%4 の空きは %3 だけです。</translation>
    </message>
    <message>
        <source>The download of %1 kept failing (%2). What arrived is kept: try again to resume.</source>
        <translation>%1 のダウンロードが繰り返し失敗しました（%2）。受信済みの分は保持されます。再試行すると続きから再開します。</translation>
    </message>
    <message>
        <source>The Hub refused the download (%1): check your token and that your account has access to this model.</source>
        <translation>Hub がダウンロードを拒否しました（%1）。トークンと、アカウントがこのモデルにアクセスできるかを確認してください。</translation>
    </message>
    <message>
        <source>The file is no longer on the Hub.</source>
        <translation>このファイルはもう Hub にありません。</translation>
    </message>
    <message>
        <source>The Hub answered %1.</source>
        <translation>Hub の応答: %1。</translation>
    </message>
    <message>
        <source>%1 arrived damaged and was deleted: expected %2 bytes with SHA-256 %3, received %4 bytes with SHA-256 %5. Download it again.</source>
        <translation>%1 は破損して届いたため削除しました。期待値は %2 バイト・SHA-256 %3、受信は %4 バイト・SHA-256 %5 でした。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The disk filled up during the download. Free some space and try again: it resumes.</source>
        <translation>ダウンロード中にディスクがいっぱいになりました。空き容量を確保して再試行すると、続きから再開します。</translation>
    </message>
    <message>
        <source>The download could not be written to the disk (%1). Try again: it resumes.</source>
        <translation>ダウンロードをディスクに書き込めませんでした (%1)。もう一度お試しください。続きから再開します。</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set, so LlamaDesk will not contact the Hub. Unset it to download or check models.</source>
        <translation>HF_HUB_OFFLINE が設定されているため、LlamaDesk は Hub に接続しません。モデルをダウンロード・確認するには解除してください。</translation>
    </message>
    <message>
        <source>The Hub could not be reached: %1</source>
        <translation>Hub に接続できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no model %1 on the Hub.</source>
        <translation>Hub にモデル %1 はありません。</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached from this computer now, so models cannot be searched or downloaded; everything else works offline.</source>
        <translation>現在このコンピューターから Hugging Face Hub に接続できないため、モデルの検索やダウンロードはできません。それ以外はオフラインで動作します。</translation>
    </message>
    <message>
        <source>%1 is gated: its owner shares it with signed-in accounts that ask for access on its page. Add a Hugging Face token, ask for access, then open it again (`llamadesk models access %1` says which step is missing).</source>
        <translation>%1 はアクセス制限付きです。所有者は、ページでアクセスを申請したサインイン済みアカウントに公開しています。Hugging Face のトークンを追加してアクセスを申請し、もう一度開いてください（`llamadesk models access %1` で足りない手順がわかります）。</translation>
    </message>
    <message>
        <source>%1 is gated and your Hugging Face account has no access yet: ask for it on the repository&apos;s page, then open it again (`llamadesk models access %1` says what the Hub answers).</source>
        <translation>%1 はアクセス制限付きで、あなたの Hugging Face アカウントにはまだアクセス権がありません。リポジトリのページで申請してから、もう一度開いてください（`llamadesk models access %1` で Hub の回答がわかります）。</translation>
    </message>
    <message>
        <source>part %1 of %2 is missing from the repo</source>
        <translation>リポジトリに %2 個中 %1 番目のパートがありません</translation>
    </message>
    <message>
        <source>%1 is gated and this account has no access: ask for it on the repository&apos;s page, or run `llamadesk models access %1` for what to do.</source>
        <translation>%1 はアクセス制限付きで、このアカウントにはアクセス権がありません。リポジトリのページで申請するか、`llamadesk models access %1` を実行して対処法を確認してください。</translation>
    </message>
    <message>
        <source>%1 is not in %2, or the Hub gave no hash for it.</source>
        <translation>%1 は %2 にないか、Hub がそのハッシュを提供しませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be downloaded: %2.</source>
        <translation>%1 はダウンロードできません: %2。</translation>
    </message>
    <message>
        <source>%1 changed on the Hub since it was listed (its size or hash is not the same): look at the repository again.</source>
        <translation>%1 は一覧表示の後で Hub 上で変更されました（サイズまたはハッシュが異なります）。リポジトリをもう一度確認してください。</translation>
    </message>
    <message>
        <source>The projector could not be copied beside the model: %1</source>
        <translation>プロジェクターをモデルの隣にコピーできませんでした: %1</translation>
    </message>
    <message>
        <source>%1 is already in the models folder.</source>
        <translation>%1 は既にモデルフォルダーにあります。</translation>
    </message>
    <message>
        <source>%1 is loaded. Load another model or close it first.</source>
        <translation>%1 は読み込まれています。先に別のモデルを読み込むか、閉じてください。</translation>
    </message>
    <message>
        <source>No installed model has the id %1 (see `llamadesk models list`).</source>
        <translation>ID が %1 のインストール済みモデルはありません（`llamadesk models list` を参照）。</translation>
    </message>
    <message>
        <source>The list of installed models is damaged (%1).</source>
        <translation>インストール済みモデルの一覧が破損しています（%1）。</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>トークンが空です。</translation>
    </message>
    <message>
        <source>This computer has no usable keyring (on Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet), so LlamaDesk cannot keep the token safely. It never writes tokens to disk in plain text: use it for this session only, or set HF_TOKEN yourself.</source>
        <translation>このコンピューターには使えるキーリングがありません（Linux では GNOME Keyring や KWallet などの Secret Service をインストールしてロックを解除してください）。そのため LlamaDesk はトークンを安全に保存できません。トークンを平文でディスクに書くことはありません。このセッションだけで使うか、HF_TOKEN を自分で設定してください。</translation>
    </message>
    <message>
        <source>The keyring refused the token (%1). Unlock it and try again.</source>
        <translation>キーリングがトークンを拒否しました（%1）。ロックを解除して再試行してください。</translation>
    </message>
    <message>
        <source>The disk is full, so the history could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>ディスクがいっぱいのため、履歴を保存できませんでした。空き容量を確保して再試行してください。保存済みの内容は失われていません。</translation>
    </message>
    <message>
        <source>The history file is locked by another program (is LlamaDesk open twice?).</source>
        <translation>履歴ファイルが別のプログラムにロックされています（LlamaDesk を二重に起動していませんか？）。</translation>
    </message>
    <message>
        <source>The history file could not be opened. Check that its folder exists and is writable.</source>
        <translation>履歴ファイルを開けませんでした。フォルダーが存在し、書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>The history file is read-only.</source>
        <translation>履歴ファイルは読み取り専用です。</translation>
    </message>
    <message>
        <source>The disk reported an error while saving the history.</source>
        <translation>履歴の保存中にディスクがエラーを報告しました。</translation>
    </message>
    <message>
        <source>The history file is damaged or is not a LlamaDesk database.</source>
        <translation>履歴ファイルが破損しているか、LlamaDesk のデータベースではありません。</translation>
    </message>
    <message>
        <source>The history file could not be read: %1</source>
        <translation>履歴ファイルを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>This history needs an update (format %1 to %2), which its read-only folder does not allow. Make the folder writable, then try again.</source>
        <translation>この履歴は更新 (形式 %1 から %2) が必要ですが、読み取り専用のフォルダーではできません。フォルダーを書き込み可能にしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The history folder could not be created: %1</source>
        <translation>履歴フォルダーを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 は正しい JSON ではありません（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 はインポートできません: %2。</translation>
    </message>
    <message>
        <source>LlamaDesk cannot write to its data folder %1 (%2). Reading commands (list, search, export) still work; for anything else, make the folder writable or choose another with --data-dir.</source>
        <translation>LlamaDesk はデータ フォルダー %1 に書き込めません (%2)。読み取りコマンド (list、search、export) は引き続き使えます。それ以外はフォルダーを書き込み可能にするか、--data-dir で別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Another LlamaDesk is using the data in %1. Close it first, or choose another folder with --data-dir.</source>
        <translation>別の LlamaDesk が %1 のデータを使用しています。先にそれを閉じるか、--data-dir で別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation>ID が %1 の会話はありません。</translation>
    </message>
    <message>
        <source>The image %1 is not in the history.</source>
        <translation>画像 %1 は履歴にありません。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited; regenerate a reply instead.</source>
        <translation>編集できるのは自分のメッセージだけです。返答は再生成してください。</translation>
    </message>
    <message>
        <source>There is no reply with id %1.</source>
        <translation>ID が %1 の返答はありません。</translation>
    </message>
    <message>
        <source>There is no message with id %1.</source>
        <translation>ID が %1 のメッセージはありません。</translation>
    </message>
    <message>
        <source>LlamaDesk cannot use its data folder %1: %2.</source>
        <translation>LlamaDesk はデータフォルダー %1 を使用できません: %2。</translation>
    </message>
    <message>
        <source>This JSON schema cannot be used: %1</source>
        <translation>この JSON スキーマは使用できません: %1</translation>
    </message>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>システムのキーリングを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>The model is busy with other requests. Try again shortly.</source>
        <translation>モデルは他のリクエストを処理中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, and %2 does not fit on this computer alone. Start the pool on that computer again, then restart `llamadesk serve`.</source>
        <translation>ワーカー %1 が応答しなくなり、%2 はこのコンピューターだけには収まりません。相手のコンピューターでプールを再開してから、`llamadesk serve` を再起動してください。</translation>
    </message>
    <message>
        <source>The window chooses the model; the API cannot load another.</source>
        <translation>モデルはウィンドウで選びます。API から別のモデルは読み込めません。</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while loading %1: %2. The model was not loaded again.</source>
        <translation>%1 の読み込み中に LlamaDesk が予期せず終了しました: %2。モデルは再読み込みしていません。</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while %1 was answering: %2. The model was not loaded again.</source>
        <translation>%1 の応答中に LlamaDesk が予期せず終了しました: %2。モデルは再読み込みしていません。</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while indexing documents with %1: %2. The model was not loaded again.</source>
        <translation>%1 で文書をインデックス中に LlamaDesk が予期せず終了しました: %2。モデルは再読み込みしていません。</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while loading %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>%1 の読み込み中に LlamaDesk が外部から停止されました(メモリ不足の可能性があります)。モデルは再読み込みしていません。</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while %1 was answering (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>%1 の応答中に LlamaDesk が外部から停止されました(メモリ不足の可能性があります)。モデルは再読み込みしていません。</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while indexing documents with %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>%1 で文書をインデックス中に LlamaDesk が外部から停止されました(メモリ不足の可能性があります)。モデルは再読み込みしていません。</translation>
    </message>
    <message>
        <source>The safe settings run it on the CPU only, with the engine configuration below the one that crashed.</source>
        <translation>安全な設定では CPU のみで、クラッシュした構成の一段下のエンジン構成で実行します。</translation>
    </message>
    <message>
        <source>llama.cpp crashed on this computer with %1 in every configuration LlamaDesk tried (%2). The model was not loaded.</source>
        <translation>このコンピューターでは、LlamaDesk が試したすべての構成で %1 により llama.cpp がクラッシュしました(%2)。モデルは読み込まれていません。</translation>
    </message>
    <message>
        <source>This model needs llama.cpp&apos;s %1 CPU backend, and %2 is already in use: restart LlamaDesk to load it.</source>
        <translation>このモデルには llama.cpp の CPU バックエンド %1 が必要ですが、%2 が使用中です。読み込むには LlamaDesk を再起動してください。</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it with llama.cpp&apos;s weight repacking off: a little slower.</source>
        <translation>この種のモデルで LlamaDesk がクラッシュしたため、llama.cpp の重みの再配置をオフにして実行します。少し遅くなります。</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend.</source>
        <translation>この種のモデルで LlamaDesk がクラッシュしたため、llama.cpp の CPU バックエンド %1 で実行します。</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend with weight repacking off.</source>
        <translation>この種のモデルで LlamaDesk がクラッシュしたため、重みの再配置をオフにして llama.cpp の CPU バックエンド %1 で実行します。</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s repacked weights (%1), so repacking is off for this kind of model: a little slower, and safe.</source>
        <translation>この CPU は llama.cpp の再配置された重みで障害を起こしました(%1)。この種のモデルでは再配置をオフにしています。少し遅くなりますが安全です。</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend instead.</source>
        <translation>この CPU は llama.cpp の最速コードで障害を起こしました(%1)。代わりに CPU バックエンド %2 を使用します。</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend with weight repacking off.</source>
        <translation>この CPU は llama.cpp の最速コードで障害を起こしました(%1)。重みの再配置をオフにして CPU バックエンド %2 を使用します。</translation>
    </message>
    <message>
        <source>The program %1 does not exist or cannot be run.</source>
        <translation>プログラム %1 は存在しないか、実行できません。</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Install %2, or give the command&apos;s full path.</source>
        <translation>このコンピューターに「%1」が見つかりません。%2 をインストールするか、コマンドのフルパスを指定してください。</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Give the command&apos;s full path.</source>
        <translation>このコンピューターに「%1」が見つかりません。コマンドのフルパスを指定してください。</translation>
    </message>
    <message>
        <source>A server&apos;s name must be 1 to 64 letters, digits, spaces, dots, dashes or underscores: %1</source>
        <translation>サーバー名は 1〜64 文字の英字、数字、空白、ピリオド、ハイフン、下線で指定してください: %1</translation>
    </message>
    <message>
        <source>The server “%1” has no command.</source>
        <translation>サーバー「%1」にコマンドがありません。</translation>
    </message>
    <message>
        <source>The server “%1”: its arguments must be a list of text.</source>
        <translation>サーバー「%1」: 引数はテキストのリストにしてください。</translation>
    </message>
    <message>
        <source>The server “%1”: its environment must map variable names to text.</source>
        <translation>サーバー「%1」: 環境変数は変数名とテキストの対応にしてください。</translation>
    </message>
    <message>
        <source>The server “%1”: its timeout must be 1 to 3600 seconds.</source>
        <translation>サーバー「%1」: 時間制限は 1〜3600 秒にしてください。</translation>
    </message>
    <message>
        <source>This is not JSON: %1</source>
        <translation>JSON ではありません: %1</translation>
    </message>
    <message>
        <source>Expected {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}.</source>
        <translation>{&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}} の形が必要です。</translation>
    </message>
    <message>
        <source>The server “%1” must be an object.</source>
        <translation>サーバー「%1」はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The server “%1” is reached over the network; LlamaDesk runs only local servers (a command).</source>
        <translation>サーバー「%1」はネットワーク経由です。LlamaDesk はローカルのサーバー（コマンド）だけを実行します。</translation>
    </message>
    <message>
        <source>Downloading this model needs your acceptance of the %1. Read it with `llamadesk models license %2`, then download again with --accept-license.</source>
        <translation>このモデルをダウンロードするには %1 への同意が必要です。`llamadesk models license %2` で読んでから、--accept-license を付けてもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; images up to %3 MB can be attached.</source>
        <translation>%1 は %2 MB です。添付できる画像は %3 MB までです。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>%1 would decode to more than %2 million pixels, which is more than any model reads; it is refused as a possible decompression bomb.</source>
        <translation>%1 は展開すると %2 百万ピクセルを超え、どのモデルが読むよりも大きいため、解凍爆弾の可能性として拒否されました。</translation>
    </message>
    <message>
        <source>%1 is not an image LlamaDesk can read: PNG, JPEG, WebP and GIF are taken (SVG and other formats are not).</source>
        <translation>%1 は LlamaDesk が読める画像ではありません。PNG、JPEG、WebP、GIF に対応しています（SVG などの形式は不可）。</translation>
    </message>
    <message>
        <source>%1 is a %2 image; PNG, JPEG, WebP and GIF are taken.</source>
        <translation>%1 は %2 画像です。PNG、JPEG、WebP、GIF に対応しています。</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short and cannot be read (%2).</source>
        <translation>%1 は壊れているか途中で切れているため読めません（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a projector GGUF (%2).</source>
        <translation>%1 はプロジェクターの GGUF ではありません（%2）。</translation>
    </message>
    <message>
        <source>%1 is a model, not a projector: a projector&apos;s name usually starts with mmproj.</source>
        <translation>%1 はモデルであり、プロジェクターではありません。プロジェクターの名前は通常 mmproj で始まります。</translation>
    </message>
    <message>
        <source>This build of the engine cannot read images (it has no libmtmd).</source>
        <translation>このエンジンのビルドは画像を読めません（libmtmd がありません）。</translation>
    </message>
    <message>
        <source>The projector %1 could not be loaded with this model: it may be damaged, or made for another model (its width must match the model&apos;s).</source>
        <translation>プロジェクター %1 をこのモデルと一緒に読み込めませんでした。壊れているか、別のモデル用の可能性があります（幅がモデルと一致する必要があります）。</translation>
    </message>
    <message>
        <source>%1 is not a vision projector (it reads no images).</source>
        <translation>%1 は画像用のプロジェクターではありません（画像を読みません）。</translation>
    </message>
    <message>
        <source>The projector could not read this image.</source>
        <translation>プロジェクターはこの画像を読めませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (another kind of tokenizer). A draft must be a smaller model of the same family.</source>
        <translation>%1 はこのモデルのドラフトにできません: 語彙が同じではありません（別の種類のトークナイザー）。ドラフトモデルは同じファミリーの小さなモデルである必要があります。</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (other start and end tokens). A draft must be a smaller model of the same family.</source>
        <translation>%1 はこのモデルのドラフトにできません: 語彙が同じではありません（開始・終了トークンが異なる）。ドラフトモデルは同じファミリーの小さなモデルである必要があります。</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (%2 tokens, not %3). A draft must be a smaller model of the same family.</source>
        <translation>%1 はこのモデルのドラフトにできません: 語彙が同じではありません（%3 ではなく %2 トークン）。ドラフトモデルは同じファミリーの小さなモデルである必要があります。</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (token %2 differs). A draft must be a smaller model of the same family.</source>
        <translation>%1 はこのモデルのドラフトにできません: 語彙が同じではありません（トークン %2 が異なる）。ドラフトモデルは同じファミリーの小さなモデルである必要があります。</translation>
    </message>
    <message>
        <source>%1 is an embedding model; it cannot write a draft.</source>
        <translation>%1 は埋め込みモデルのため、ドラフトを書けません。</translation>
    </message>
    <message>
        <source>No pairing code is kept for the pool worker %1: add it again with `llamadesk pool add %1`.</source>
        <translation>プールのワーカー %1 のペアリングコードが保存されていません: `llamadesk pool add %1` で追加し直してください。</translation>
    </message>
    <message>
        <source>The pool has no worker yet: run `llamadesk pool serve` on another computer, then `llamadesk pool add ADDRESS:PORT` here.</source>
        <translation>プールにはまだワーカーがありません: 別のコンピューターで `llamadesk pool serve` を実行し、ここで `llamadesk pool add アドレス:ポート` を実行してください。</translation>
    </message>
    <message>
        <source>%1 is not a worker address: write it as host:port, such as 192.168.1.20:50052.</source>
        <translation>%1 はワーカーのアドレスではありません: 192.168.1.20:50052 のように ホスト:ポート で書いてください。</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering in the middle of a reply, so LlamaDesk has to close. The reply so far is kept in the history, marked interrupted.</source>
        <translation>ワーカー %1 が応答の途中で応答しなくなったため、LlamaDesk を終了する必要があります。それまでの応答は中断済みとして履歴に残ります。</translation>
    </message>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>この LlamaDesk エンジンのビルドには RPC バックエンドがないため、コンピューターをプールできません。</translation>
    </message>
    <message>
        <source>The pool worker %1 paired but lends no device.</source>
        <translation>ワーカー %1 とはペアリングしましたが、デバイスを提供していません。</translation>
    </message>
    <message>
        <source>That is not a pairing code: it is four groups of five letters and digits, as the worker shows it.</source>
        <translation>これはペアリングコードではありません: ワーカーが表示するとおり、英数字 5 文字のグループが 4 つです。</translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so the pairing code cannot be kept. Set %1 for each run instead (host:port=CODE, separated by ;).</source>
        <translation>このコンピューターには使えるキーリングがないため、ペアリングコードを保存できません。代わりに実行ごとに %1 を設定してください（ホスト:ポート=コード、; 区切り）。</translation>
    </message>
    <message>
        <source>The pool worker %1 cannot be reached. Is `llamadesk pool serve` running there, and is the address right?</source>
        <translation>ワーカー %1 に接続できません。そこで `llamadesk pool serve` が動いていて、アドレスが正しいか確認してください。</translation>
    </message>
    <message>
        <source>%1 is not a LlamaDesk pool worker.</source>
        <translation>%1 は LlamaDesk のプールワーカーではありません。</translation>
    </message>
    <message>
        <source>The pool worker %1 runs another version (pool %2, llama.cpp RPC %3; this computer: pool %4, RPC %5). Install the same LlamaDesk version on both.</source>
        <translation>ワーカー %1 は別のバージョンです（プール %2、llama.cpp RPC %3。このコンピューター: プール %4、RPC %5）。両方に同じバージョンの LlamaDesk をインストールしてください。</translation>
    </message>
    <message>
        <source>The pool worker %1 refused the pairing code. Enter the code it shows again.</source>
        <translation>ワーカー %1 がペアリングコードを拒否しました。表示されているコードをもう一度入力してください。</translation>
    </message>
    <message>
        <source>The pool worker %1 could not prove it knows the pairing code; it may not be the computer you paired.</source>
        <translation>ワーカー %1 はペアリングコードを知っていることを証明できませんでした。ペアリングしたコンピューターではない可能性があります。</translation>
    </message>
</context>
<context>
    <name>model_actions</name>
    <message>
        <source>Import a GGUF model</source>
        <translation>GGUF モデルをインポート</translation>
    </message>
    <message>
        <source>Import %1 (%2)?</source>
        <translation>%1 (%2) をインポートしますか?</translation>
    </message>
    <message>
        <source>Use it where it is: nothing is copied, and LlamaDesk finds it there while the file stays. Copy it: LlamaDesk keeps its own copy in its models folder.</source>
        <translation>その場所で使う: 何もコピーせず、ファイルがある限り LlamaDesk はそこで見つけます。コピーする: LlamaDesk のモデルフォルダーに専用のコピーを置きます。</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>その場所で使う</translation>
    </message>
    <message>
        <source>Copy into LlamaDesk&apos;s folder</source>
        <translation>LlamaDesk のフォルダーにコピー</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>starters</name>
    <message>
        <source>Explain how a refrigerator keeps food cold, in simple words.</source>
        <translation>冷蔵庫が食べ物を冷やす仕組みを、やさしい言葉で説明して。</translation>
    </message>
    <message>
        <source>Help me write a polite email asking to move a meeting to next week.</source>
        <translation>会議を来週に移してほしいと頼む丁寧なメールを書くのを手伝って。</translation>
    </message>
    <message>
        <source>Give me three ideas for a weekend project with my kids.</source>
        <translation>子どもと一緒にできる週末のプロジェクトを3つ提案して。</translation>
    </message>
    <message>
        <source>Summarise the main points of the text I paste next.</source>
        <translation>次に貼り付ける文章の要点をまとめて。</translation>
    </message>
    <message>
        <source>sends</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>starts a new line</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>stops a reply</source>
        <translation>返答を止める</translation>
    </message>
    <message>
        <source>new chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>searches your conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>edits your last message</source>
        <translation>最後のメッセージを編集</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>あなたの回答を待っています: %1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 を実行中…</translation>
    </message>
</context>
</TS>
