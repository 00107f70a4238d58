<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LlamaDesk</source>
        <translation>关于 LlamaDesk</translation>
    </message>
    <message>
        <source>Chat with Llama 2 and other GGUF models on this computer. Conversations stay on your disk; chatting uses no network.</source>
        <translation>在这台电脑上与 Llama 2 及其他 GGUF 模型聊天。对话保存在你的磁盘上；聊天不使用网络。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>引擎：</translation>
    </message>
    <message>
        <source>CPU code:</source>
        <translation>CPU 代码：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation>模型文件夹：</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <source>Llama 2 models: Llama 2 Community License</source>
        <translation>Llama 2 模型：Llama 2 Community License</translation>
    </message>
    <message>
        <source>Each model you download keeps its own licence.</source>
        <translation>你下载的每个模型都保留其自己的许可证。</translation>
    </message>
    <message>
        <source>chosen when a model is loaded</source>
        <translation>加载模型时选择</translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation>未安装（%1）</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>The catalog&apos;s models download without an account. A token is needed only for gated repositories such as Meta&apos;s own; it is kept in the system keyring and nowhere else.</source>
        <translation>目录中的模型无需账户即可下载。只有访问受限的仓库（例如 Meta 官方仓库）才需要令牌；它只保存在系统密钥环中，别无他处。</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Face 令牌</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the token cannot be stored safely. It will be kept for this session only; on Linux, install and unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>此电脑没有可用的密钥环，因此无法安全保存令牌。它只在本次会话中使用；在 Linux 上，请安装并解锁 GNOME Keyring 或 KWallet 以保存它。</translation>
    </message>
    <message>
        <source>%1 is gated. Paste a token from huggingface.co/settings/tokens and press Check: it says whether the token opens %1.</source>
        <translation>%1 是受限仓库。粘贴来自 huggingface.co/settings/tokens 的令牌并点击“检查”，即可知道该令牌能否打开 %1。</translation>
    </message>
    <message>
        <source>Token saved.</source>
        <translation>令牌已保存。</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>令牌已清除。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Signed in as %1, with access to %2.</source>
        <translation>已登录为 %1，可访问 %2。</translation>
    </message>
    <message>
        <source>No token: enter one from huggingface.co/settings/tokens.</source>
        <translation>没有令牌：请输入从 huggingface.co/settings/tokens 获取的令牌。</translation>
    </message>
    <message>
        <source>The Hub does not accept this token. Create a new one at huggingface.co/settings/tokens.</source>
        <translation>Hub 不接受此令牌。请在 huggingface.co/settings/tokens 创建新令牌。</translation>
    </message>
    <message>
        <source>Signed in as %1, but without access to %2: request it on the repository&apos;s page.</source>
        <translation>已登录为 %1，但无权访问 %2：请在该仓库页面申请。</translation>
    </message>
</context>
<context>
    <name>ApiServerControl</name>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not started: port %1 cannot be used (%2).</source>
        <translation>未启动：无法使用端口 %1（%2）。</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>On at %1</source>
        <translation>已开启：%1</translation>
    </message>
</context>
<context>
    <name>ApiServerPage</name>
    <message>
        <source>Let programs on this computer use the model through the OpenAI API</source>
        <translation>允许此电脑上的程序通过 OpenAI API 使用模型</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>仅此电脑（127.0.0.1）</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>此电脑所在的所有网络（0.0.0.0）</translation>
    </message>
    <message>
        <source>Anyone who can reach this computer over the network and has the key can then use the model.</source>
        <translation>届时，任何能通过网络访问此电脑并持有密钥的人都可以使用该模型。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新密钥</translation>
    </message>
    <message>
        <source>Programs that have the old key are refused from now on</source>
        <translation>持有旧密钥的程序从现在起将被拒绝</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this key lasts until LlamaDesk quits. Set LLAMADESK_API_KEY to keep one.</source>
        <translation>此计算机没有密钥环,因此该密钥仅在 LlamaDesk 退出前有效。设置 LLAMADESK_API_KEY 以保留一个。</translation>
    </message>
    <message>
        <source>None: web pages cannot call it</source>
        <translation>无：网页无法调用它</translation>
    </message>
    <message>
        <source>Web pages allowed to call the API, such as http://localhost:3000, separated by commas</source>
        <translation>允许调用 API 的网页，例如 http://localhost:3000，以逗号分隔</translation>
    </message>
    <message>
        <source>Keep API chats in the history (marked as the API&apos;s)</source>
        <translation>在历史记录中保留 API 对话（标记为来自 API）</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>监听：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Web pages allowed:</source>
        <translation>允许的网页：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Requests use the model loaded here, one at a time, after your own messages.</source>
        <translation>请求使用此处加载的模型，一次一个，排在您自己的消息之后。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Allow a tool call?</source>
        <translation>允许调用工具吗？</translation>
    </message>
    <message>
        <source>The model wants to use %1.</source>
        <translation>模型想要使用 %1。</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>允许一次(&amp;A)</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>始终允许此工具(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attach images</source>
        <translation>附加图像</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图像 (%1)</translation>
    </message>
    <message>
        <source>At most %1 images go with one message.</source>
        <translation>每条消息最多附加 %1 张图像。</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Waiting for the model to load, then sending: %1</source>
        <translation>正在等待模型加载，加载后将发送：%1</translation>
    </message>
    <message>
        <source>Editing your message: Enter sends it as a new version, Esc cancels</source>
        <translation>正在编辑消息：Enter 作为新版本发送，Esc 取消</translation>
    </message>
    <message>
        <source>Version %1 / %2</source>
        <translation>版本 %1 / %2</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>正在读取图像…</translation>
    </message>
    <message>
        <source>Reading the images…</source>
        <translation>正在读取图像…</translation>
    </message>
    <message>
        <source>Context: %1 of %2 tokens</source>
        <translation>上下文：%1 / %2 词元</translation>
    </message>
    <message numerus="yes">
        <source> · %n older message(s) no longer fit</source>
        <translation>
            <numerusform> · %n 条较早的消息已放不下</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation>附加图像（也可拖放或粘贴到这里）</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>附加图像</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>粘贴的图像.png</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Enter for a new line</source>
        <translation>Ctrl+Enter 发送 · Enter 换行</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter for a new line</source>
        <translation>Enter 发送 · Shift+Enter 换行</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
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
        <translation>跳到最新消息</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>跳到最新</translation>
    </message>
    <message>
        <source>Show the latest messages ›</source>
        <translation>显示最新消息 ›</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源:</translation>
    </message>
    <message>
        <source>%1 % of guesses kept</source>
        <translation>采纳了 %1% 的猜测</translation>
    </message>
    <message>
        <source>Start with one of these, or ask anything</source>
        <translation>从下面选一个开始，或随便问</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个词元</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation>首个词元用时 %1 毫秒</translation>
    </message>
    <message>
        <source>This message no longer fits the context window; the model does not see it when it answers.</source>
        <translation>此消息已超出上下文窗口；模型回答时看不到它。</translation>
    </message>
    <message>
        <source>outside the model&apos;s memory</source>
        <translation>超出模型记忆</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在撰写…</translation>
    </message>
    <message>
        <source>%1 (%2 × %3): click to open</source>
        <translation>%1（%2 × %3）：点击打开</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>interrupted: cut off before it ended (LlamaDesk closed, or a pool computer stopped answering)</source>
        <translation>已中断：在结束前被切断（LlamaDesk 已关闭，或计算池中的某台计算机停止了响应）</translation>
    </message>
    <message>
        <source>cut off at the length limit</source>
        <translation>在长度上限处截断</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped after the most rounds of tool calls a reply may make (Settings › Tools)</source>
        <translation>已达到单次回复允许的工具调用轮数上限而停止（设置 › 工具）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>Document collections</source>
        <translation>文档集</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>文档集</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>文档集</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>Indexing runs on this computer only; nothing is uploaded.</source>
        <translation>索引只在这台电脑上进行；不会上传任何内容。</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>新建文档集…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>重新索引</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>暂停索引</translation>
    </message>
    <message>
        <source>%1: %2 of %3 files, %4 passages, %5 passages/s</source>
        <translation>%1：%2/%3 个文件，%4 个段落，每秒 %5 个段落</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1 is up to date: %2 file(s) indexed, %3 unchanged, %4 removed, %5 skipped.</source>
        <translation>%1 已是最新：已索引 %2 个文件，%3 个未变，%4 个已移除，%5 个已跳过。</translation>
    </message>
    <message>
        <source>Loading the embedding model…</source>
        <translation>正在加载嵌入模型…</translation>
    </message>
    <message>
        <source>Add a folder to %1</source>
        <translation>向 %1 添加文件夹</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>移除文档集</translation>
    </message>
    <message>
        <source>Forget the collection %1? Its files stay where they are.</source>
        <translation>要忘掉文档集 %1 吗？其中的文件保持原样。</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>继续索引</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message…</source>
        <translation>消息…</translation>
    </message>
</context>
<context>
    <name>ConversationBrowser</name>
    <message>
        <source>Reply version %1 / %2</source>
        <translation>回复版本 %1 / %2</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+F)</source>
        <translation>搜索对话（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the thinking too</source>
        <translation>也搜索思考过程</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>From a program, through the local API</source>
        <translation>来自程序，通过本地 API</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>已删除“%1”</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配结果</translation>
    </message>
    <message>
        <source>in its thinking</source>
        <translation>在思考中</translation>
    </message>
</context>
<context>
    <name>CrashBanner</name>
    <message>
        <source>Load with safe settings</source>
        <translation>以安全设置加载</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>The full crash report, for a bug report. Nothing is sent anywhere.</source>
        <translation>完整的崩溃报告,用于报告错误。不会发送到任何地方。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Search GGUF models on Hugging Face (Qwen3, Gemma 3, Llama 3.1…)</source>
        <translation>在 Hugging Face 上搜索 GGUF 模型（Qwen3、Gemma 3、Llama 3.1…）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>下载最多</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop waiting for the Hub</source>
        <translation>不再等待 Hub</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>找到的模型</translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation>更多结果(&amp;M)</translation>
    </message>
    <message>
        <source>Files to download</source>
        <translation>可下载的文件</translation>
    </message>
    <message>
        <source>Also the vision projector (for images)</source>
        <translation>同时下载视觉投影器（用于图像）</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>gated</source>
        <translation>需申请访问</translation>
    </message>
    <message>
        <source>%1 — %2 downloads · %3</source>
        <translation>%1 — %2 次下载 · %3</translation>
    </message>
    <message>
        <source>licence not given</source>
        <translation>未注明许可证</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>No GGUF models found.</source>
        <translation>未找到 GGUF 模型。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Check your access…</source>
        <translation>检查访问权限…</translation>
    </message>
    <message>
        <source>Add a Hugging Face token…</source>
        <translation>添加 Hugging Face 令牌…</translation>
    </message>
    <message>
        <source>asks for your acceptance before the download</source>
        <translation>下载前需要您接受</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>its page</source>
        <translation>其页面</translation>
    </message>
    <message>
        <source>gated: your Hugging Face token needs access</source>
        <translation>需申请访问：您的 Hugging Face 令牌需要获得访问权限</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>勉强</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <source>over 100 tokens/s</source>
        <translation>超过 100 token/秒</translation>
    </message>
    <message>
        <source>~%1 tokens/s</source>
        <translation>约 %1 token/秒</translation>
    </message>
    <message>
        <source>%1 parts</source>
        <translation>%1 个部分</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>&amp;Documents</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Collections…</source>
        <translation>文档集(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>DocumentsToggle</name>
    <message>
        <source>Documents to answer from</source>
        <translation>用于回答的文档</translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation>还没有文档集</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>文档集…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>文档：%1</translation>
    </message>
    <message>
        <source>Answer from these document collections too; the reply lists its sources under it.</source>
        <translation>同时依据这些文档集回答；回复下方会列出来源。</translation>
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
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About LlamaDesk</source>
        <translation>关于 LlamaDesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Open a conversation to export it.</source>
        <translation>请先打开一个对话再导出。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>LlamaDesk JSON (*.json)</source>
        <translation>LlamaDesk JSON (*.json)</translation>
    </message>
    <message>
        <source>All conversations, one file each (*.zip)</source>
        <translation>所有对话，每个一个文件 (*.zip)</translation>
    </message>
    <message>
        <source>All conversations, lossless (*.json)</source>
        <translation>所有对话，无损 (*.json)</translation>
    </message>
    <message>
        <source>LlamaDesk conversations</source>
        <translation>LlamaDesk 对话</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>LlamaDesk export (*.json)</source>
        <translation>LlamaDesk 导出文件 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>已导入 %n 个对话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was already here.</source>
        <translation>
            <numerusform>%n 个已存在。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
</context>
<context>
    <name>IndexingWorker</name>
    <message>
        <source>There is already a collection named %1.</source>
        <translation>已有名为 %1 的文档集。</translation>
    </message>
    <message>
        <source>There is no collection named %1.</source>
        <translation>没有名为 %1 的文档集。</translation>
    </message>
    <message>
        <source>The embedding model that built %1, %2, is no longer there. Download it again (Models › Embedding models) to keep this collection up to date; searching it still works, by keyword.</source>
        <translation>构建 %1 的嵌入模型 %2 已不在原处。请重新下载(模型 › 嵌入模型)以保持此集合最新;搜索仍可按关键词进行。</translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <source>Unexpected error while loading the model: %1. Details are in the log file.</source>
        <translation>加载模型时发生意外错误：%1。详情见日志文件。</translation>
    </message>
    <message>
        <source>Unexpected error while answering: %1. Details are in the log file.</source>
        <translation>回复时发生意外错误：%1。详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>This summary is a help, not the license: the English text below is what you agree to.</source>
        <translation>此摘要仅供参考，并非许可证本身：你同意的是下方的英文文本。</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <source>I have read and accept the %1</source>
        <translation>我已阅读并接受 %1</translation>
    </message>
    <message>
        <source>Scroll to the end of the text first</source>
        <translation>请先滚动到文本末尾</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
</context>
<context>
    <name>LicenseSummary</name>
    <message>
        <source>You may use, copy and change Llama 2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 July 2023 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 2&apos;s output to improve other large language models.</source>
        <translation>你可以免费使用、复制和修改 Llama 2，用于个人或商业用途。只有在 2023 年 7 月 18 日其产品月活跃用户超过 7 亿的公司，才需要向 Meta 另行申请许可证。你还同意 Meta 的可接受使用政策，并且不得使用 Llama 2 的输出来改进其他大语言模型。</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 April 2024 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 3&apos;s output to improve other large language models.</source>
        <translation>您可以免费使用、复制和修改 Llama 3，用于个人或商业用途。只有在 2024 年 4 月 18 日其产品月活跃用户超过 7 亿的公司，才需要向 Meta 另行申请许可。您还同意 Meta 的可接受使用政策，并且不得使用 Llama 3 的输出来改进其他大型语言模型。</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.1 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>您可以免费使用、复制和修改 Llama 3.1，用于个人或商业用途。只有在其发布日期产品月活跃用户超过 7 亿的公司，才需要向 Meta 另行申请许可。如果您分享该模型或基于它构建的模型，必须注明“Built with Llama”，并让该模型的名称以“Llama”开头。您还同意 Meta 的可接受使用政策。</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy. The rights to its multimodal (vision) models are not granted to people living, or companies based, in the European Union.</source>
        <translation>您可以免费使用、复制和修改 Llama 3.2，用于个人或商业用途。只有在其发布日期产品月活跃用户超过 7 亿的公司，才需要向 Meta 另行申请许可。如果您分享该模型或基于它构建的模型，必须注明“Built with Llama”，并让该模型的名称以“Llama”开头。您还同意 Meta 的可接受使用政策。其多模态（视觉）模型的权利不授予居住在欧盟的个人或总部位于欧盟的公司。</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>您可以免费使用、复制和修改 Llama 3.3，用于个人或商业用途。只有在其发布日期产品月活跃用户超过 7 亿的公司，才需要向 Meta 另行申请许可。如果您分享该模型或基于它构建的模型，必须注明“Built with Llama”，并让该模型的名称以“Llama”开头。您还同意 Meta 的可接受使用政策。</translation>
    </message>
    <message>
        <source>You may use, copy and change Gemma for free, for personal or commercial work. You agree to Google&apos;s Gemma Prohibited Use Policy. If you share Gemma or a model built from it, you must pass on these terms and their use restrictions.</source>
        <translation>您可以免费使用、复制和修改 Gemma，用于个人或商业用途。您同意 Google 的 Gemma 禁止使用政策。如果您分享 Gemma 或基于它构建的模型，必须一并传递这些条款及其使用限制。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The model could not be imported</source>
        <translation>无法导入模型</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>停止回复（Esc）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>输入消息。Enter 发送，Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>The messages of this chat</source>
        <translation>此聊天的消息</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>模型状态</translation>
    </message>
    <message>
        <source>What the model is doing</source>
        <translation>模型当前在做什么</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Your conversations, newest first</source>
        <translation>你的对话，最新的在前</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search every conversation (Ctrl+F)</source>
        <translation>搜索所有对话（Ctrl+F）</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>Opening your conversations…</source>
        <translation>正在打开你的对话…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>无法加载模型</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>回复失败</translation>
    </message>
    <message>
        <source>No model is loaded. Use File › Open model… to choose a GGUF file.</source>
        <translation>未加载模型。请用 文件 › 打开模型… 选择一个 GGUF 文件。</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <source>Template: automatic</source>
        <translation>模板：自动</translation>
    </message>
    <message>
        <source>Llama 2</source>
        <translation>Llama 2</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>模型自带</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>模板:%1</translation>
    </message>
    <message>
        <source>How messages are put to this model. Automatic reads it from the model file; the choice is kept for this model.</source>
        <translation>消息如何提交给此模型。自动：从模型文件读取；所选内容会为此模型保存。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading the model (Esc)</source>
        <translation>停止加载模型（Esc）</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Answering a program through the local API; your next message waits its turn</source>
        <translation>正在通过本地 API 回答程序；您的下一条消息将排队等候</translation>
    </message>
    <message>
        <source>Context: no model</source>
        <translation>上下文：无模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Choose the model to chat with</source>
        <translation>选择要聊天的模型</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>提示词模板</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>How far the model has loaded</source>
        <translation>模型加载进度</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Where the model runs: CPU or GPU</source>
        <translation>模型运行位置：CPU 或 GPU</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Tokens used of the context window</source>
        <translation>上下文窗口已用词元</translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation>未安装模型</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>打开 GGUF 文件…</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>管理模型…</translation>
    </message>
    <message>
        <source>Loading %1… %p%</source>
        <translation>正在加载 %1… %p%</translation>
    </message>
    <message>
        <source>Template: automatic (%1)</source>
        <translation>模板:自动(%1)</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>all layers</source>
        <translation>全部层</translation>
    </message>
    <message>
        <source>%1 of %2 layers</source>
        <translation>%1 / %2 层</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 层</translation>
    </message>
    <message>
        <source>Cannot read images: %1</source>
        <translation>无法读取图像：%1</translation>
    </message>
    <message>
        <source>Reads images (projector %1)</source>
        <translation>可读取图像（投影器 %1）</translation>
    </message>
    <message>
        <source>sees images</source>
        <translation>可识图</translation>
    </message>
    <message>
        <source>Prompt template: %1</source>
        <translation>提示词模板：%1</translation>
    </message>
    <message>
        <source>Settings › App › Context size sets a larger one, if memory allows.</source>
        <translation>设置 › 应用 › 上下文大小可设得更大(内存允许时)。</translation>
    </message>
    <message>
        <source>Settings › App › GPU layers turns it back on.</source>
        <translation>设置 › 应用 › GPU 层可重新开启。</translation>
    </message>
    <message>
        <source>Its replies are capped and repetition is penalised: Settings › New chats › Models without a chat template.</source>
        <translation>其回复有长度上限并惩罚重复:设置 › 新对话 › 无聊天模板的模型。</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 词元</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 已安装。</translation>
    </message>
    <message>
        <source>Draft model</source>
        <translation>草稿模型</translation>
    </message>
    <message>
        <source>A pool computer cannot be used</source>
        <translation>计算池中的一台计算机无法使用</translation>
    </message>
    <message>
        <source>%1 fits on this computer alone (more slowly). Load it here?</source>
        <translation>%1 仅靠这台计算机也能运行（较慢）。在这里加载吗？</translation>
    </message>
    <message>
        <source>Load here</source>
        <translation>在这里加载</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>%1 does not fit on this computer alone. Start the pool on that computer again, then load the model.</source>
        <translation>%1 仅靠这台计算机放不下。请在那台计算机上重新启动计算池，然后再加载模型。</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Hugging Face account</source>
        <translation>Hugging Face 账户</translation>
    </message>
    <message>
        <source>Embedding models</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>Llama 2 chat models in every size and quantization. This computer has %1 of memory; the recommended model fits it comfortably.</source>
        <translation>各种尺寸和量化的 Llama 2 聊天模型。此电脑有 %1 内存；推荐的模型可以轻松装下。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>所需内存</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <source>Speed here</source>
        <translation>此处速度</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>合适</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>勉强</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>★ Recommended</source>
        <translation>★ 推荐</translation>
    </message>
    <message>
        <source>~%1 tokens/s</source>
        <translation>约 %1 token/秒</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>下载…</translation>
    </message>
    <message>
        <source>Embedding models turn your documents into searchable vectors for Documents › Collections…. Their licenses ask for no acceptance.</source>
        <translation>嵌入模型让你的文档可以在 文档 › 文档集… 中被检索。它们的许可证无需接受。</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>擅长</translation>
    </message>
    <message>
        <source>Llama 2 first, then current models for people who would rather not search: each with its licence, how it fits this computer and the speed to expect. Llama and Gemma ask you to accept their licence first.</source>
        <translation>先是 Llama 2，然后是为不想搜索的人准备的最新模型：每个都列出其许可证、是否适合这台电脑以及预期速度。Llama 和 Gemma 会先请您接受其许可证。</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>对此电脑来说过大</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory, more than this computer has. Download it anyway?</source>
        <translation>%1 需要约 %2 内存，超过此电脑的内存。仍要下载吗？</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after LlamaDesk restarts; every byte is checked against the Hub&apos;s SHA-256.</source>
        <translation>下载会从中断处继续，即使 LlamaDesk 重启后也是如此；每个字节都会与 Hub 的 SHA-256 核对。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>Faster replies…</source>
        <translation>更快的回复…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>导入 GGUF…</translation>
    </message>
    <message>
        <source>Drop .gguf files here to import them.</source>
        <translation>将 .gguf 文件拖到此处即可导入。</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Used in place</source>
        <translation>原位使用</translation>
    </message>
    <message>
        <source>Opened from %1</source>
        <translation>从 %1 打开</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <source>Remove %1 from the list? The file stays where it is.</source>
        <translation>从列表中移除 %1?文件保留在原处。</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Conversations made with it stay.</source>
        <translation>删除 %1（%2）？用它进行的对话会保留。</translation>
    </message>
    <message>
        <source>%1 is intact.</source>
        <translation>%1 完好无损。</translation>
    </message>
    <message>
        <source>%1 does not match its checksum: delete it and download it again.</source>
        <translation>%1 与其校验和不符：请删除后重新下载。</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>导入 GGUF 模型</translation>
    </message>
    <message>
        <source>Checking %1… %p%</source>
        <translation>正在校验 %1… %p%</translation>
    </message>
    <message>
        <source>The model could not be imported</source>
        <translation>无法导入模型</translation>
    </message>
</context>
<context>
    <name>NewCollectionDialog</name>
    <message>
        <source>New collection</source>
        <translation>新建文档集</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>文档集名称</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>Another GGUF file…</source>
        <translation>其他 GGUF 文件…</translation>
    </message>
    <message>
        <source>Download one…</source>
        <translation>下载一个…</translation>
    </message>
    <message>
        <source>Choose an embedding model</source>
        <translation>选择嵌入模型</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>嵌入模型：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>An embedding model turns passages into vectors, so that a question finds them by meaning.</source>
        <translation>嵌入模型把段落变成向量，让问题能按含义找到它们。</translation>
    </message>
    <message>
        <source>No embedding model is installed yet: download one, or choose a GGUF file.</source>
        <translation>尚未安装嵌入模型：请下载一个，或选择一个 GGUF 文件。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 is a chat model: it writes replies, it does not turn text into vectors for search. Choose an embedding model (Models › Embedding models has some).</source>
        <translation>%1 是聊天模型：它写回复，不会把文本变成用于搜索的向量。请选择嵌入模型（模型 › 嵌入模型 中有一些）。</translation>
    </message>
    <message>
        <source>%1 does not say it is an embedding model (its file names no pooling). It may find passages poorly.</source>
        <translation>%1 没有表明自己是嵌入模型（其文件未指定池化方式）。它可能找不准段落。</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Give the collection a name and an existing folder.</source>
        <translation>请为文档集指定名称和一个已存在的文件夹。</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste tool servers</source>
        <translation>粘贴工具服务器</translation>
    </message>
    <message>
        <source>Paste the “mcpServers” block from another app&apos;s configuration:</source>
        <translation>粘贴另一个应用配置中的“mcpServers”块：</translation>
    </message>
</context>
<context>
    <name>PoolLending</name>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>%1 GB of memory</source>
        <translation>%1 GB 内存</translation>
    </message>
    <message>
        <source>its free memory</source>
        <translation>其全部空闲内存</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Lending this computer (%1) on port %2. Connected: %3.</source>
        <translation>正在出借这台计算机（%1），端口 %2。已连接：%3。</translation>
    </message>
    <message>
        <source>it stopped unexpectedly</source>
        <translation>它意外停止了</translation>
    </message>
    <message>
        <source>Not lending: %1</source>
        <translation>未出借：%1</translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>此版本的 LlamaDesk 引擎没有 RPC 后端，因此无法组建计算机池。</translation>
    </message>
    <message>
        <source>Lend this computer</source>
        <translation>出借这台计算机</translation>
    </message>
    <message>
        <source>Let computers paired with this one run part of their models here</source>
        <translation>允许已配对的计算机在这里运行其模型的一部分</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>此电脑所在的所有网络（0.0.0.0）</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>仅此电脑（127.0.0.1）</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>All that is free</source>
        <translation>全部空闲内存</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>配对码</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>新配对码</translation>
    </message>
    <message>
        <source>Computers paired with the old code must be paired again</source>
        <translation>用旧配对码配对的计算机需要重新配对</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this code lasts until LlamaDesk quits.</source>
        <translation>这台计算机没有密钥环，因此此配对码仅在 LlamaDesk 退出前有效。</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>监听：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Memory lent:</source>
        <translation>出借内存：</translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation>配对码：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Use other computers</source>
        <translation>使用其他计算机</translation>
    </message>
    <message>
        <source>Spread models over these computers when loading</source>
        <translation>加载时将模型分布到这些计算机上</translation>
    </message>
    <message>
        <source>Pool computers</source>
        <translation>计算池中的计算机</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Address of the computer to add</source>
        <translation>要添加的计算机地址</translation>
    </message>
    <message>
        <source>Its pairing code</source>
        <translation>它的配对码</translation>
    </message>
    <message>
        <source>Pairing code of the computer to add</source>
        <translation>要添加的计算机的配对码</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>添加：</translation>
    </message>
    <message>
        <source>On the other computer, turn on Lend this computer (or run `llamadesk pool serve`), then enter its address and the code it shows. Loading a model pairs with each computer.</source>
        <translation>在另一台计算机上打开“出借这台计算机”（或运行 `llamadesk pool serve`），然后在这里输入它的地址和它显示的配对码。加载模型时会与每台计算机配对。</translation>
    </message>
</context>
<context>
    <name>ProjectorQuestion</name>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>%1 looks like a vision model, but its projector is not beside it, so it cannot read images. Choose the projector now?</source>
        <translation>%1 看起来是视觉模型，但它的投影器不在旁边，因此无法读取图像。现在选择投影器吗？</translation>
    </message>
    <message>
        <source>The projector is an mmproj….gguf file from the same repository as the model. Not now: LlamaDesk will not ask again; a projector put beside the model later is found by itself.</source>
        <translation>投影器是与模型同一仓库中的 mmproj….gguf 文件。选择“暂不”后 LlamaDesk 不会再问；之后放在模型旁边的投影器会被自动找到。</translation>
    </message>
    <message>
        <source>Choose the projector…</source>
        <translation>选择投影器…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Choose the projector</source>
        <translation>选择投影器</translation>
    </message>
    <message>
        <source>Projectors (mmproj*.gguf *.gguf)</source>
        <translation>投影器 (mmproj*.gguf *.gguf)</translation>
    </message>
</context>
<context>
    <name>SamplingEditor</name>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation>例如：请用简明的中文简短回答。</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>创意</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>系统提示词：</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p：</translation>
    </message>
    <message>
        <source>Top-k (0: off):</source>
        <translation>Top-k（0：关闭）：</translation>
    </message>
    <message>
        <source>Min-p:</source>
        <translation>Min-p：</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>重复惩罚：</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Sampling preset</source>
        <translation>采样预设</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a tool server</source>
        <translation>添加工具服务器</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境变量：</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>时间限制：</translation>
    </message>
    <message>
        <source>Each environment line is NAME=VALUE.</source>
        <translation>每行环境变量的格式为 NAME=VALUE。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>此对话</translation>
    </message>
    <message>
        <source>New chats</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API 服务器</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>计算池</translation>
    </message>
    <message>
        <source>Models without a chat template</source>
        <translation>无聊天模板的模型</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个词元</translation>
    </message>
    <message>
        <source>Longest reply:</source>
        <translation>最长回复:</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>重复惩罚：</translation>
    </message>
    <message>
        <source>A base model continues text as written and may repeat itself without end. A conversation&apos;s own repeat penalty, when not 1.00, is kept.</source>
        <translation>基础模型会照原样续写文本,可能无休止地重复。对话自己的重复惩罚若不是 1.00,则保留不变。</translation>
    </message>
    <message>
        <source>Keep attached images as they came (otherwise at the size the model reads, which takes less space)</source>
        <translation>按原样保留附加的图像（否则按模型读取的尺寸保存，占用空间更少）</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>系统大小</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter for a new line</source>
        <translation>Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter for a new line</source>
        <translation>Ctrl+Enter 发送，Enter 换行</translation>
    </message>
    <message>
        <source>Automatic: as many layers as fit on the GPU</source>
        <translation>自动：GPU 能容纳多少层就放多少层</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>全部层</translation>
    </message>
    <message>
        <source>With several GPUs: which one holds the model (0 is the first; `llamadesk info` lists them).</source>
        <translation>有多块 GPU 时：由哪一块承载模型（0 表示第一块；`llamadesk info` 会列出它们）。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic: every core reads the prompt, and all but one write the reply, so the window stays smooth while it streams.</source>
        <translation>自动：所有核心读取提示词，除一个之外的所有核心生成回复，让窗口在流式输出时保持流畅。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Send with:</source>
        <translation>发送方式：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>GPU layers:</source>
        <translation>GPU 层数：</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU：</translation>
    </message>
    <message>
        <source>GPU: this build of LlamaDesk runs on the CPU only (it has no GPU support).</source>
        <translation>GPU:此版本的 LlamaDesk 仅在 CPU 上运行(不支持 GPU)。</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>线程数：</translation>
    </message>
    <message>
        <source>Context size:</source>
        <translation>上下文大小：</translation>
    </message>
    <message>
        <source>Threads and context size apply when a model is next loaded. A new language applies after a restart.</source>
        <translation>线程数和上下文大小在下次加载模型时生效。新语言在重启后生效。</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>在消息中换行</translation>
    </message>
    <message>
        <source>Stop the reply; clear the search</source>
        <translation>停止回复；清除搜索</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Delete the chosen conversation</source>
        <translation>删除所选对话</translation>
    </message>
    <message>
        <source>Delete (in the list)</source>
        <translation>Delete（在列表中）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SpeculationDialog</name>
    <message>
        <source>Faster replies: %1</source>
        <translation>更快的回复：%1</translation>
    </message>
    <message>
        <source>LlamaDesk can guess the next few words and have the model check them all at once. The reply is the one the model writes without guessing; it comes sooner where text repeats: rewriting, fixing code, summarising, quoting documents. Automatic guesses only while it pays on this computer.</source>
        <translation>LlamaDesk 可以猜测接下来的几个词，并让模型一次性全部核对。回复与模型不猜测时写出的完全相同；在文本重复的地方（改写、修复代码、总结、引用文档）会更快到来。“自动”只在本机上有收益时才猜测。</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>自动（推荐）</translation>
    </message>
    <message>
        <source>Guess from the conversation, always</source>
        <translation>始终根据对话猜测</translation>
    </message>
    <message>
        <source>Guess with a draft model</source>
        <translation>使用草稿模型猜测</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A small model of the same family (the same vocabulary), such as a 0.5B or 1B model of the same series</source>
        <translation>同一系列（相同词表）的小模型，例如同系列的 0.5B 或 1B 模型</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>No draft chosen</source>
        <translation>未选择草稿模型</translation>
    </message>
    <message>
        <source>The most tokens guessed at once</source>
        <translation>一次最多猜测的词元数</translation>
    </message>
    <message>
        <source>Guessing:</source>
        <translation>猜测：</translation>
    </message>
    <message>
        <source>Draft model:</source>
        <translation>草稿模型：</translation>
    </message>
    <message>
        <source>Tokens at once:</source>
        <translation>每次词元数：</translation>
    </message>
    <message>
        <source>Choose a draft model</source>
        <translation>选择草稿模型</translation>
    </message>
    <message>
        <source>Choose the draft model, or another way of guessing.</source>
        <translation>请选择草稿模型，或另一种猜测方式。</translation>
    </message>
</context>
<context>
    <name>Strengths</name>
    <message>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>many languages</source>
        <translation>多语言</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>small and fast</source>
        <translation>小而快</translation>
    </message>
    <message>
        <source>thinks first</source>
        <translation>先思考</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像</translation>
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
        <translation>在此对话中，模型回答前思考多少</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
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
        <translation>思考：%1</translation>
    </message>
</context>
<context>
    <name>Thinking</name>
    <message>
        <source>Thought for %1</source>
        <translation>思考了 %1</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>已思考</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>（已中断）</translation>
    </message>
    <message>
        <source>Show or hide how the model thought</source>
        <translation>显示或隐藏模型的思考过程</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
</context>
<context>
    <name>ToolBlocks</name>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>未允许</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Show or hide what was sent and what came back</source>
        <translation>显示或隐藏发送的内容和返回的内容</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>发送：</translation>
    </message>
    <message>
        <source>Came back:</source>
        <translation>返回：</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tool servers</source>
        <translation>工具服务器</translation>
    </message>
    <message>
        <source>The server&apos;s state and the end of its log</source>
        <translation>服务器的状态及其日志末尾</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Paste JSON…</source>
        <translation>粘贴 JSON(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>重新启动(&amp;S)</translation>
    </message>
    <message>
        <source>Most rounds of tool calls in one reply</source>
        <translation>一次回复中工具调用的最多轮数</translation>
    </message>
    <message>
        <source>Programs on this computer that give the model tools (MCP servers). A conversation uses them when its Tools switch is on, and you are asked before each call.</source>
        <translation>为模型提供工具的本机程序（MCP 服务器）。对话的“工具”开关打开时才会使用，每次调用前都会询问您。</translation>
    </message>
    <message>
        <source>Most rounds of calls in one reply:</source>
        <translation>每次回复最多调用轮数：</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
</context>
<context>
    <name>ToolsToggle</name>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Let the model call your tool servers in this conversation (you are asked before each call)</source>
        <translation>允许模型在此对话中调用您的工具服务器（每次调用前都会询问您）</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LlamaDesk</source>
        <translation>欢迎使用 LlamaDesk</translation>
    </message>
    <message>
        <source>Chat with Llama 2 on this computer. After one download, nothing you write leaves it.</source>
        <translation>在这台电脑上与 Llama 2 聊天。只需下载一次，你写的任何内容都不会离开它。</translation>
    </message>
    <message>
        <source>Read the license and download</source>
        <translation>阅读许可证并下载</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer:&lt;/b&gt; %1 (%2), a %3 download that needs about %4 of memory.</source>
        <translation>&lt;b&gt;推荐此电脑使用：&lt;/b&gt;%1（%2），下载大小 %3，约需 %4 内存。</translation>
    </message>
    <message>
        <source>Expected speed here: about %1 tokens a second; bigger models would be slower.</source>
        <translation>此处预计速度：每秒约 %1 个 token；更大的模型会更慢。</translation>
    </message>
    <message>
        <source>No Llama 2 model fits this computer&apos;s memory comfortably. You can still choose one, or import a smaller GGUF model.</source>
        <translation>没有 Llama 2 模型能轻松装入此电脑的内存。你仍可以选择一个，或导入更小的 GGUF 模型。</translation>
    </message>
    <message>
        <source>Other models…</source>
        <translation>其他模型…</translation>
    </message>
    <message>
        <source>Llama 3.x, Qwen3, Gemma 3 and more, or search the Hugging Face Hub</source>
        <translation>Llama 3.x、Qwen3、Gemma 3 等，或在 Hugging Face Hub 中搜索</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>导入 GGUF…</translation>
    </message>
    <message>
        <source>Use the selected model</source>
        <translation>使用所选模型</translation>
    </message>
    <message>
        <source>Models already on this computer (Hugging Face cache, LM Studio):</source>
        <translation>此电脑上已有的模型（Hugging Face 缓存、LM Studio）：</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>导入 GGUF 模型</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3, %4, %5 left</source>
        <translation>正在下载 %1：%2 / %3，%4，剩余 %5</translation>
    </message>
    <message>
        <source>Downloaded and checked. Loading…</source>
        <translation>已下载并校验。正在加载…</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>下载失败。</translation>
    </message>
    <message>
        <source>Paused. Resume it from Models › Downloads.</source>
        <translation>已暂停。可在 模型 › 下载 中继续。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New chat</source>
        <translation>新建聊天(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>导出对话(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>导出所有对话(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>模型(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>编辑最后一条消息(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>重新生成回复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Continue reply</source>
        <translation>继续回复(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Previous version of the reply</source>
        <translation>上一个回复版本(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next version of the reply</source>
        <translation>下一个回复版本(&amp;N)</translation>
    </message>
</context>
<context>
    <name>_Start</name>
    <message>
        <source>LlamaDesk could not start: %1. Details are in the log file.</source>
        <translation>LlamaDesk 无法启动：%1。详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>_Thumb</name>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4)</source>
        <translation>%1（%2 × %3，%4）</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>已附加图像 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
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
        <translation>LlamaDesk 遇到了错误</translation>
    </message>
    <message>
        <source>Something went wrong inside LlamaDesk. Your conversations are saved. The details below are also in the log file; please include them in a bug report.</source>
        <translation>LlamaDesk 内部出了问题。你的对话已保存。以下详情也已写入日志文件，请在报告错误时附上。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The history file is damaged (SQLite finds it malformed). LlamaDesk has not changed it. Move history.sqlite3 out of the data folder to start afresh, or put back a backup from the same folder (history.sqlite3.before-….bak).</source>
        <translation>历史记录文件已损坏（SQLite 认为其格式错误）。LlamaDesk 未对其做任何更改。将 history.sqlite3 移出数据文件夹即可重新开始，或放回同一文件夹中的备份（history.sqlite3.before-….bak）。</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (it holds %2), so LlamaDesk left it as it is. Move it out of the data folder, or choose another data folder.</source>
        <translation>%1 是其他程序的数据库（其中包含 %2），因此 LlamaDesk 未改动它。请将其移出数据文件夹，或选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>This history was written by a newer LlamaDesk (history format %1; this version reads up to %2). Nothing was changed: update LlamaDesk to open it.</source>
        <translation>此历史记录由更新版本的 LlamaDesk 写入（历史格式 %1；此版本最高可读取 %2）。未做任何更改：请更新 LlamaDesk 后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged: its setting %2 is %3, which no model can have. Download the model again, or ask whoever made the file.</source>
        <translation>%1 已损坏：其设置 %2 的值为 %3，任何模型都不可能是这个值。请重新下载模型，或联系该文件的制作者。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for a system prompt, so the system prompt is put at the start of the first message.</source>
        <translation>此模型的聊天模板没有放置系统提示词的位置，因此系统提示词会放在第一条消息的开头。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), so LlamaDesk uses llama.cpp&apos;s built-in “%2” format, which it matches.</source>
        <translation>无法使用此模型的聊天模板（%1），因此 LlamaDesk 改用与之匹配的 llama.cpp 内置格式“%2”。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), and it matches none of llama.cpp&apos;s built-in formats, so the conversation is sent as plain text. Replies may be poorer.</source>
        <translation>无法使用此模型的聊天模板（%1），且它不匹配 llama.cpp 的任何内置格式，因此对话以纯文本发送。回复质量可能较差。</translation>
    </message>
    <message>
        <source>%1 cannot read images: %2</source>
        <translation>%1 无法读取图像：%2</translation>
    </message>
    <message>
        <source>Only a reply can be regenerated.</source>
        <translation>只能重新生成回复。</translation>
    </message>
    <message>
        <source>This reply has no message to answer.</source>
        <translation>此回复没有可回答的消息。</translation>
    </message>
    <message>
        <source>This message and its images do not fit the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Send fewer images, shorten the message, or raise the context size.</source>
        <translation>此消息及其图像超出了模型的上下文窗口：提示需要 %1 个 token，而窗口只有 %2 个，其中 %3 个留给回复。请减少图像、缩短消息或增大上下文大小。</translation>
    </message>
    <message>
        <source>This message is too long for the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Shorten the message or the system prompt, or raise the context size.</source>
        <translation>此消息对模型的上下文窗口来说太长：提示需要 %1 个词元，窗口容纳 %2 个，其中 %3 个留给回复。请缩短消息或系统提示词，或增大上下文大小。</translation>
    </message>
    <message>
        <source>The model file does not exist: %1</source>
        <translation>模型文件不存在：%1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a model file.</source>
        <translation>%1 是文件夹，不是模型文件。</translation>
    </message>
    <message>
        <source>The model file could not be read: %1.</source>
        <translation>无法读取模型文件：%1。</translation>
    </message>
    <message>
        <source>%1 is not a GGUF model file. LlamaDesk runs .gguf models, such as those in TheBloke/Llama-2-7B-Chat-GGUF.</source>
        <translation>%1 不是 GGUF 模型文件。LlamaDesk 运行 .gguf 模型，例如 TheBloke/Llama-2-7B-Chat-GGUF 中的模型。</translation>
    </message>
    <message>
        <source>%1 uses GGUF version %2, which this LlamaDesk cannot read (it reads versions %3).</source>
        <translation>%1 使用 GGUF 版本 %2，此版 LlamaDesk 无法读取（可读取版本 %3）。</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. It should hold at least %2 bytes but has %3. The download was probably cut off: download it again.</source>
        <translation>%1 不完整或已损坏。它应至少有 %2 字节，但只有 %3。下载可能被中断了：请重新下载。</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. The download was probably cut off: download it again.</source>
        <translation>%1 不完整或已损坏。下载可能被中断了：请重新下载。</translation>
    </message>
    <message>
        <source>llama.cpp could not load %1 (architecture &apos;%2&apos;). The architecture may be unsupported by this version of LlamaDesk, or the file may be damaged.</source>
        <translation>llama.cpp 无法加载 %1（架构“%2”）。此版 LlamaDesk 可能不支持该架构，或文件已损坏。</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory on this computer even with the pool&apos;s help, but only %3 is free. Add a worker, or close other programs.</source>
        <translation>即使有计算机池的帮助，%1 在本机上仍需要约 %2 内存，但只有 %3 可用。请添加一台工作机，或关闭其他程序。</translation>
    </message>
    <message>
        <source>Pooled: %1 of %2 layers run on %3.</source>
        <translation>计算机池：%2 层中的 %1 层在 %3 上运行。</translation>
    </message>
    <message>
        <source>Context: %1 tokens, LlamaDesk&apos;s default (the model takes up to %2).</source>
        <translation>上下文:%1 个词元,LlamaDesk 的默认值(模型最多支持 %2)。</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory (at a context of %3 tokens), but only %4 is free. Close other programs, or choose a smaller model or quantization.</source>
        <translation>%1 约需 %2 内存（上下文为 %3 词元时），但可用内存只有 %4。请关闭其他程序，或选择更小的模型或量化。</translation>
    </message>
    <message>
        <source>Running on the CPU: this build of llama.cpp has no GPU support.</source>
        <translation>在 CPU 上运行：此版本的 llama.cpp 不支持 GPU。</translation>
    </message>
    <message>
        <source>Running on the CPU: no %1 GPU was found.</source>
        <translation>在 CPU 上运行：未找到 %1 GPU。</translation>
    </message>
    <message>
        <source>Running on the CPU: GPU offload is turned off.</source>
        <translation>在 CPU 上运行:GPU 卸载已关闭。</translation>
    </message>
    <message>
        <source>Running on the CPU: the model does not fit in the free memory of %1 (%2 free).</source>
        <translation>在 CPU 上运行：模型放不进 %1 的可用显存（剩余 %2）。</translation>
    </message>
    <message>
        <source>%1 of %2 layers fit on %3; the rest run on the CPU, which is slower.</source>
        <translation>%2 层中有 %1 层放在 %3 上；其余在 CPU 上运行，速度较慢。</translation>
    </message>
    <message>
        <source>The context window was lowered from %1 to %2 tokens because memory is short.</source>
        <translation>由于内存不足，上下文窗口已从 %1 词元降到 %2 词元。</translation>
    </message>
    <message>
        <source>Loading onto %1 failed, so the model runs on the CPU instead, which is slower.</source>
        <translation>加载到 %1 失败，因此模型改在 CPU 上运行，速度较慢。</translation>
    </message>
    <message>
        <source>Not a chat model: text is continued as written.</source>
        <translation>不是聊天模型:会照原样续写文本。</translation>
    </message>
    <message>
        <source>The model failed while answering: %1</source>
        <translation>模型回答时出错：%1</translation>
    </message>
    <message>
        <source>Replies are sped up by prompt lookup instead.</source>
        <translation>改为通过根据对话猜测来加快回复。</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, so the reply stops here; it is kept, marked interrupted. Load the model again to go on.</source>
        <translation>工作机 %1 停止了响应，因此回复到此为止；回复已保留，标记为已中断。请重新加载模型以继续。</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering while the model loaded.</source>
        <translation>加载模型时，工作机 %1 停止了响应。</translation>
    </message>
    <message>
        <source>no projector was loaded with it.</source>
        <translation>没有随它加载投影器。</translation>
    </message>
    <message>
        <source>it is not a vision model, or its projector file (mmproj….gguf) is not beside it.</source>
        <translation>它不是视觉模型，或者它的投影器文件（mmproj….gguf）不在旁边。</translation>
    </message>
    <message>
        <source>this build of the engine has no image support (libmtmd).</source>
        <translation>此引擎版本不支持图像（libmtmd）。</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub.</source>
        <translation>拒绝来自 Hub 的文件名 %1。</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub: it points outside the models folder.</source>
        <translation>拒绝来自 Hub 的文件名 %1：它指向模型文件夹之外。</translation>
    </message>
    <message>
        <source>Not enough free disk space for %1: it needs %2 more, and only %3 is free in %4.</source>
        <translation>磁盘空间不足以存放 %1：还需要 %2，而 %4 中只剩 %3。</translation>
    </message>
    <message>
        <source>The download of %1 kept failing (%2). What arrived is kept: try again to resume.</source>
        <translation>%1 的下载多次失败（%2）。已收到的部分会保留：请重试以继续。</translation>
    </message>
    <message>
        <source>The Hub refused the download (%1): check your token and that your account has access to this model.</source>
        <translation>Hub 拒绝了下载（%1）：请检查你的令牌，以及你的账户是否有权访问此模型。</translation>
    </message>
    <message>
        <source>The file is no longer on the Hub.</source>
        <translation>该文件已不在 Hub 上。</translation>
    </message>
    <message>
        <source>The Hub answered %1.</source>
        <translation>Hub 返回了 %1。</translation>
    </message>
    <message>
        <source>%1 arrived damaged and was deleted: expected %2 bytes with SHA-256 %3, received %4 bytes with SHA-256 %5. Download it again.</source>
        <translation>%1 下载后已损坏并被删除：应为 %2 字节、SHA-256 %3，实际收到 %4 字节、SHA-256 %5。请重新下载。</translation>
    </message>
    <message>
        <source>The disk filled up during the download. Free some space and try again: it resumes.</source>
        <translation>下载期间磁盘已满。请释放空间后重试：下载会继续。</translation>
    </message>
    <message>
        <source>The download could not be written to the disk (%1). Try again: it resumes.</source>
        <translation>无法将下载内容写入磁盘（%1）。请重试：下载会继续。</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set, so LlamaDesk will not contact the Hub. Unset it to download or check models.</source>
        <translation>已设置 HF_HUB_OFFLINE，因此 LlamaDesk 不会连接 Hub。要下载或检查模型，请取消该设置。</translation>
    </message>
    <message>
        <source>The Hub could not be reached: %1</source>
        <translation>无法连接 Hub：%1</translation>
    </message>
    <message>
        <source>There is no model %1 on the Hub.</source>
        <translation>Hub 上没有模型 %1。</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached from this computer now, so models cannot be searched or downloaded; everything else works offline.</source>
        <translation>目前无法从此计算机访问 Hugging Face Hub，因此不能搜索或下载模型；其余功能均可离线使用。</translation>
    </message>
    <message>
        <source>%1 is gated: its owner shares it with signed-in accounts that ask for access on its page. Add a Hugging Face token, ask for access, then open it again (`llamadesk models access %1` says which step is missing).</source>
        <translation>%1 是受限仓库：其所有者只向在其页面申请访问的已登录账户开放。请添加 Hugging Face 令牌、申请访问，然后重新打开（`llamadesk models access %1` 会说明缺少哪一步）。</translation>
    </message>
    <message>
        <source>%1 is gated and your Hugging Face account has no access yet: ask for it on the repository&apos;s page, then open it again (`llamadesk models access %1` says what the Hub answers).</source>
        <translation>%1 是受限仓库，您的 Hugging Face 账户尚无访问权限：请在仓库页面申请，然后重新打开（`llamadesk models access %1` 会显示 Hub 的答复）。</translation>
    </message>
    <message>
        <source>part %1 of %2 is missing from the repo</source>
        <translation>仓库中缺少第 %1 部分（共 %2 部分）</translation>
    </message>
    <message>
        <source>%1 is gated and this account has no access: ask for it on the repository&apos;s page, or run `llamadesk models access %1` for what to do.</source>
        <translation>%1 访问受限，此账户无权访问：请在仓库页面申请，或运行 `llamadesk models access %1` 查看处理方法。</translation>
    </message>
    <message>
        <source>%1 is not in %2, or the Hub gave no hash for it.</source>
        <translation>%1 不在 %2 中，或 Hub 没有提供它的哈希值。</translation>
    </message>
    <message>
        <source>%1 cannot be downloaded: %2.</source>
        <translation>无法下载 %1：%2。</translation>
    </message>
    <message>
        <source>%1 changed on the Hub since it was listed (its size or hash is not the same): look at the repository again.</source>
        <translation>%1 在列出后已在 Hub 上发生变化（大小或哈希值不同）：请重新查看该仓库。</translation>
    </message>
    <message>
        <source>The projector could not be copied beside the model: %1</source>
        <translation>无法将投影器复制到模型旁边：%1</translation>
    </message>
    <message>
        <source>%1 is already in the models folder.</source>
        <translation>%1 已在模型文件夹中。</translation>
    </message>
    <message>
        <source>%1 is loaded. Load another model or close it first.</source>
        <translation>%1 正在使用中。请先加载其他模型或将其关闭。</translation>
    </message>
    <message>
        <source>No installed model has the id %1 (see `llamadesk models list`).</source>
        <translation>没有 id 为 %1 的已安装模型（参见 `llamadesk models list`）。</translation>
    </message>
    <message>
        <source>The list of installed models is damaged (%1).</source>
        <translation>已安装模型列表已损坏（%1）。</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>令牌为空。</translation>
    </message>
    <message>
        <source>This computer has no usable keyring (on Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet), so LlamaDesk cannot keep the token safely. It never writes tokens to disk in plain text: use it for this session only, or set HF_TOKEN yourself.</source>
        <translation>此电脑没有可用的密钥环（在 Linux 上，请安装并解锁 GNOME Keyring 或 KWallet 等 Secret Service），因此 LlamaDesk 无法安全保存令牌。它从不以明文把令牌写入磁盘：请仅在本次会话中使用，或自行设置 HF_TOKEN。</translation>
    </message>
    <message>
        <source>The keyring refused the token (%1). Unlock it and try again.</source>
        <translation>密钥环拒绝了令牌（%1）。请解锁后重试。</translation>
    </message>
    <message>
        <source>The disk is full, so the history could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>磁盘已满，无法保存历史记录。请释放空间后重试；已保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>The history file is locked by another program (is LlamaDesk open twice?).</source>
        <translation>历史文件被其他程序锁定（LlamaDesk 是否打开了两次？）。</translation>
    </message>
    <message>
        <source>The history file could not be opened. Check that its folder exists and is writable.</source>
        <translation>无法打开历史文件。请检查其文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The history file is read-only.</source>
        <translation>历史文件是只读的。</translation>
    </message>
    <message>
        <source>The disk reported an error while saving the history.</source>
        <translation>保存历史记录时磁盘报告了错误。</translation>
    </message>
    <message>
        <source>The history file is damaged or is not a LlamaDesk database.</source>
        <translation>历史文件已损坏，或不是 LlamaDesk 数据库。</translation>
    </message>
    <message>
        <source>The history file could not be read: %1</source>
        <translation>无法读取历史记录文件：%1</translation>
    </message>
    <message>
        <source>This history needs an update (format %1 to %2), which its read-only folder does not allow. Make the folder writable, then try again.</source>
        <translation>此历史记录需要更新（格式 %1 到 %2），但其只读文件夹不允许。请让该文件夹可写，然后重试。</translation>
    </message>
    <message>
        <source>The history folder could not be created: %1</source>
        <translation>无法创建历史文件夹：%1</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>无法导入 %1：%2。</translation>
    </message>
    <message>
        <source>LlamaDesk cannot write to its data folder %1 (%2). Reading commands (list, search, export) still work; for anything else, make the folder writable or choose another with --data-dir.</source>
        <translation>LlamaDesk 无法写入其数据文件夹 %1（%2）。读取命令（list、search、export）仍可使用；其他操作请让该文件夹可写，或用 --data-dir 选择其他文件夹。</translation>
    </message>
    <message>
        <source>Another LlamaDesk is using the data in %1. Close it first, or choose another folder with --data-dir.</source>
        <translation>另一个 LlamaDesk 正在使用 %1 中的数据。请先关闭它，或用 --data-dir 选择其他文件夹。</translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation>没有 id 为 %1 的对话。</translation>
    </message>
    <message>
        <source>The image %1 is not in the history.</source>
        <translation>图像 %1 不在历史记录中。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited; regenerate a reply instead.</source>
        <translation>只能编辑你自己的消息；回复请改用重新生成。</translation>
    </message>
    <message>
        <source>There is no reply with id %1.</source>
        <translation>没有 id 为 %1 的回复。</translation>
    </message>
    <message>
        <source>There is no message with id %1.</source>
        <translation>没有 id 为 %1 的消息。</translation>
    </message>
    <message>
        <source>LlamaDesk cannot use its data folder %1: %2.</source>
        <translation>LlamaDesk 无法使用其数据文件夹 %1：%2。</translation>
    </message>
    <message>
        <source>This JSON schema cannot be used: %1</source>
        <translation>无法使用此 JSON 架构：%1</translation>
    </message>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>无法读取系统密钥环：%1</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <source>The model is busy with other requests. Try again shortly.</source>
        <translation>模型正忙于处理其他请求。请稍后再试。</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, and %2 does not fit on this computer alone. Start the pool on that computer again, then restart `llamadesk serve`.</source>
        <translation>工作机 %1 停止了响应，而 %2 仅靠这台计算机放不下。请在那台计算机上重新启动计算池，然后重启 `llamadesk serve`。</translation>
    </message>
    <message>
        <source>The window chooses the model; the API cannot load another.</source>
        <translation>模型由窗口选择；API 无法加载其他模型。</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while loading %1: %2. The model was not loaded again.</source>
        <translation>LlamaDesk 在加载 %1 时意外关闭:%2。模型未被再次加载。</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while %1 was answering: %2. The model was not loaded again.</source>
        <translation>LlamaDesk 在 %1 回答时意外关闭:%2。模型未被再次加载。</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while indexing documents with %1: %2. The model was not loaded again.</source>
        <translation>LlamaDesk 在用 %1 索引文档时意外关闭:%2。模型未被再次加载。</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while loading %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>LlamaDesk 在加载 %1 时被外部终止(可能是内存不足)。模型未被再次加载。</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while %1 was answering (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>LlamaDesk 在 %1 回答时被外部终止(可能是内存不足)。模型未被再次加载。</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while indexing documents with %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>LlamaDesk 在用 %1 索引文档时被外部终止(可能是内存不足)。模型未被再次加载。</translation>
    </message>
    <message>
        <source>The safe settings run it on the CPU only, with the engine configuration below the one that crashed.</source>
        <translation>安全设置只在 CPU 上运行,并使用比崩溃配置低一级的引擎配置。</translation>
    </message>
    <message>
        <source>llama.cpp crashed on this computer with %1 in every configuration LlamaDesk tried (%2). The model was not loaded.</source>
        <translation>在这台计算机上,llama.cpp 使用 %1 时在 LlamaDesk 尝试的每种配置下都崩溃了(%2)。模型未加载。</translation>
    </message>
    <message>
        <source>This model needs llama.cpp&apos;s %1 CPU backend, and %2 is already in use: restart LlamaDesk to load it.</source>
        <translation>此模型需要 llama.cpp 的 %1 CPU 后端,而 %2 已在使用中:请重启 LlamaDesk 来加载它。</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it with llama.cpp&apos;s weight repacking off: a little slower.</source>
        <translation>LlamaDesk 曾在此类模型上崩溃,因此运行时关闭了 llama.cpp 的权重重排:稍慢一些。</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend.</source>
        <translation>LlamaDesk 曾在此类模型上崩溃,因此在 llama.cpp 的 %1 CPU 后端上运行它。</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend with weight repacking off.</source>
        <translation>LlamaDesk 曾在此类模型上崩溃,因此在 llama.cpp 的 %1 CPU 后端上运行它,并关闭权重重排。</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s repacked weights (%1), so repacking is off for this kind of model: a little slower, and safe.</source>
        <translation>此 CPU 在 llama.cpp 的重排权重中出错(%1),因此此类模型的重排已关闭:稍慢一些,但安全。</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend instead.</source>
        <translation>此 CPU 在 llama.cpp 最快的代码中出错(%1),因此 LlamaDesk 改用其 %2 CPU 后端。</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend with weight repacking off.</source>
        <translation>此 CPU 在 llama.cpp 最快的代码中出错(%1),因此 LlamaDesk 使用其 %2 CPU 后端并关闭权重重排。</translation>
    </message>
    <message>
        <source>The program %1 does not exist or cannot be run.</source>
        <translation>程序 %1 不存在或无法运行。</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Install %2, or give the command&apos;s full path.</source>
        <translation>在此计算机上找不到“%1”。请安装 %2，或提供该命令的完整路径。</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Give the command&apos;s full path.</source>
        <translation>在此计算机上找不到“%1”。请提供该命令的完整路径。</translation>
    </message>
    <message>
        <source>A server&apos;s name must be 1 to 64 letters, digits, spaces, dots, dashes or underscores: %1</source>
        <translation>服务器名称必须由 1 到 64 个字母、数字、空格、点、短横线或下划线组成：%1</translation>
    </message>
    <message>
        <source>The server “%1” has no command.</source>
        <translation>服务器“%1”没有命令。</translation>
    </message>
    <message>
        <source>The server “%1”: its arguments must be a list of text.</source>
        <translation>服务器“%1”：其参数必须是文本列表。</translation>
    </message>
    <message>
        <source>The server “%1”: its environment must map variable names to text.</source>
        <translation>服务器“%1”：其环境变量必须是变量名到文本的映射。</translation>
    </message>
    <message>
        <source>The server “%1”: its timeout must be 1 to 3600 seconds.</source>
        <translation>服务器“%1”：其超时必须为 1 到 3600 秒。</translation>
    </message>
    <message>
        <source>This is not JSON: %1</source>
        <translation>这不是 JSON：%1</translation>
    </message>
    <message>
        <source>Expected {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}.</source>
        <translation>应为 {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}。</translation>
    </message>
    <message>
        <source>The server “%1” must be an object.</source>
        <translation>服务器“%1”必须是一个对象。</translation>
    </message>
    <message>
        <source>The server “%1” is reached over the network; LlamaDesk runs only local servers (a command).</source>
        <translation>服务器“%1”需要通过网络访问；LlamaDesk 只运行本地服务器（一个命令）。</translation>
    </message>
    <message>
        <source>Downloading this model needs your acceptance of the %1. Read it with `llamadesk models license %2`, then download again with --accept-license.</source>
        <translation>下载此模型需要您接受 %1。请用 `llamadesk models license %2` 阅读，然后加上 --accept-license 重新下载。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; images up to %3 MB can be attached.</source>
        <translation>%1 为 %2 MB；只能附加不超过 %3 MB 的图像。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 would decode to more than %2 million pixels, which is more than any model reads; it is refused as a possible decompression bomb.</source>
        <translation>%1 解码后会超过 %2 百万像素，超出任何模型的读取范围；它作为可能的解压炸弹被拒绝。</translation>
    </message>
    <message>
        <source>%1 is not an image LlamaDesk can read: PNG, JPEG, WebP and GIF are taken (SVG and other formats are not).</source>
        <translation>%1 不是 LlamaDesk 能读取的图像：支持 PNG、JPEG、WebP 和 GIF（不支持 SVG 等其他格式）。</translation>
    </message>
    <message>
        <source>%1 is a %2 image; PNG, JPEG, WebP and GIF are taken.</source>
        <translation>%1 是 %2 图像；支持 PNG、JPEG、WebP 和 GIF。</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short and cannot be read (%2).</source>
        <translation>%1 已损坏或被截断，无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a projector GGUF (%2).</source>
        <translation>%1 不是投影器 GGUF（%2）。</translation>
    </message>
    <message>
        <source>%1 is a model, not a projector: a projector&apos;s name usually starts with mmproj.</source>
        <translation>%1 是模型而不是投影器：投影器的文件名通常以 mmproj 开头。</translation>
    </message>
    <message>
        <source>This build of the engine cannot read images (it has no libmtmd).</source>
        <translation>此引擎版本无法读取图像（缺少 libmtmd）。</translation>
    </message>
    <message>
        <source>The projector %1 could not be loaded with this model: it may be damaged, or made for another model (its width must match the model&apos;s).</source>
        <translation>投影器 %1 无法与此模型一起加载：它可能已损坏，或是为其他模型制作的（其宽度必须与模型一致）。</translation>
    </message>
    <message>
        <source>%1 is not a vision projector (it reads no images).</source>
        <translation>%1 不是视觉投影器（它不读取图像）。</translation>
    </message>
    <message>
        <source>The projector could not read this image.</source>
        <translation>投影器无法读取此图像。</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (another kind of tokenizer). A draft must be a smaller model of the same family.</source>
        <translation>%1 不能作为此模型的草稿：其词表不同（另一种分词器）。草稿模型必须是同一系列中较小的模型。</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (other start and end tokens). A draft must be a smaller model of the same family.</source>
        <translation>%1 不能作为此模型的草稿：其词表不同（起始和结束词元不同）。草稿模型必须是同一系列中较小的模型。</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (%2 tokens, not %3). A draft must be a smaller model of the same family.</source>
        <translation>%1 不能作为此模型的草稿：其词表不同（%2 个词元，而不是 %3 个）。草稿模型必须是同一系列中较小的模型。</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (token %2 differs). A draft must be a smaller model of the same family.</source>
        <translation>%1 不能作为此模型的草稿：其词表不同（词元 %2 不同）。草稿模型必须是同一系列中较小的模型。</translation>
    </message>
    <message>
        <source>%1 is an embedding model; it cannot write a draft.</source>
        <translation>%1 是嵌入模型，无法撰写草稿。</translation>
    </message>
    <message>
        <source>No pairing code is kept for the pool worker %1: add it again with `llamadesk pool add %1`.</source>
        <translation>没有保存工作机 %1 的配对码：请用 `llamadesk pool add %1` 重新添加。</translation>
    </message>
    <message>
        <source>The pool has no worker yet: run `llamadesk pool serve` on another computer, then `llamadesk pool add ADDRESS:PORT` here.</source>
        <translation>计算机池中还没有工作机：请在另一台计算机上运行 `llamadesk pool serve`，然后在这里运行 `llamadesk pool add 地址:端口`。</translation>
    </message>
    <message>
        <source>%1 is not a worker address: write it as host:port, such as 192.168.1.20:50052.</source>
        <translation>%1 不是工作机地址：请写成 主机:端口，例如 192.168.1.20:50052。</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering in the middle of a reply, so LlamaDesk has to close. The reply so far is kept in the history, marked interrupted.</source>
        <translation>工作机 %1 在回复中途停止响应，LlamaDesk 必须关闭。已生成的回复保留在历史记录中，并标记为已中断。</translation>
    </message>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>此版本的 LlamaDesk 引擎没有 RPC 后端，因此无法组建计算机池。</translation>
    </message>
    <message>
        <source>The pool worker %1 paired but lends no device.</source>
        <translation>工作机 %1 已配对，但没有提供任何设备。</translation>
    </message>
    <message>
        <source>That is not a pairing code: it is four groups of five letters and digits, as the worker shows it.</source>
        <translation>这不是配对码：配对码由四组、每组五个字母和数字组成，与工作机显示的一致。</translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so the pairing code cannot be kept. Set %1 for each run instead (host:port=CODE, separated by ;).</source>
        <translation>本机没有可用的密钥环，无法保存配对码。请在每次运行时设置 %1（主机:端口=配对码，以 ; 分隔）。</translation>
    </message>
    <message>
        <source>The pool worker %1 cannot be reached. Is `llamadesk pool serve` running there, and is the address right?</source>
        <translation>无法连接工作机 %1。那里是否正在运行 `llamadesk pool serve`，地址是否正确？</translation>
    </message>
    <message>
        <source>%1 is not a LlamaDesk pool worker.</source>
        <translation>%1 不是 LlamaDesk 计算机池的工作机。</translation>
    </message>
    <message>
        <source>The pool worker %1 runs another version (pool %2, llama.cpp RPC %3; this computer: pool %4, RPC %5). Install the same LlamaDesk version on both.</source>
        <translation>工作机 %1 运行的是另一个版本（池 %2，llama.cpp RPC %3；本机：池 %4，RPC %5）。请在两台机器上安装相同版本的 LlamaDesk。</translation>
    </message>
    <message>
        <source>The pool worker %1 refused the pairing code. Enter the code it shows again.</source>
        <translation>工作机 %1 拒绝了配对码。请重新输入它显示的配对码。</translation>
    </message>
    <message>
        <source>The pool worker %1 could not prove it knows the pairing code; it may not be the computer you paired.</source>
        <translation>工作机 %1 无法证明它知道配对码；它可能不是你配对的那台计算机。</translation>
    </message>
</context>
<context>
    <name>model_actions</name>
    <message>
        <source>Import a GGUF model</source>
        <translation>导入 GGUF 模型</translation>
    </message>
    <message>
        <source>Import %1 (%2)?</source>
        <translation>导入 %1(%2)?</translation>
    </message>
    <message>
        <source>Use it where it is: nothing is copied, and LlamaDesk finds it there while the file stays. Copy it: LlamaDesk keeps its own copy in its models folder.</source>
        <translation>就地使用:不复制任何内容,只要文件还在,LlamaDesk 就在原处找到它。复制:LlamaDesk 在其模型文件夹中保留一份副本。</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>就地使用</translation>
    </message>
    <message>
        <source>Copy into LlamaDesk&apos;s folder</source>
        <translation>复制到 LlamaDesk 的文件夹</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>starters</name>
    <message>
        <source>Explain how a refrigerator keeps food cold, in simple words.</source>
        <translation>用简单的话解释冰箱是怎样让食物保持低温的。</translation>
    </message>
    <message>
        <source>Help me write a polite email asking to move a meeting to next week.</source>
        <translation>帮我写一封礼貌的邮件，请求把会议改到下周。</translation>
    </message>
    <message>
        <source>Give me three ideas for a weekend project with my kids.</source>
        <translation>给我三个和孩子一起做的周末项目点子。</translation>
    </message>
    <message>
        <source>Summarise the main points of the text I paste next.</source>
        <translation>总结我接下来粘贴的文本的要点。</translation>
    </message>
    <message>
        <source>sends</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>starts a new line</source>
        <translation>换行</translation>
    </message>
    <message>
        <source>stops a reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <source>new chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>searches your conversations</source>
        <translation>搜索你的对话</translation>
    </message>
    <message>
        <source>edits your last message</source>
        <translation>编辑你的上一条消息</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>正在等待您的答复：%1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
</context>
</TS>
