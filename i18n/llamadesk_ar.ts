<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LlamaDesk</source>
        <translation>حول LlamaDesk</translation>
    </message>
    <message>
        <source>Chat with Llama 2 and other GGUF models on this computer. Conversations stay on your disk; chatting uses no network.</source>
        <translation>تحدّث مع Llama 2 ونماذج GGUF أخرى على هذا الحاسوب. تبقى المحادثات على قرصك، ولا تستخدم الدردشة الشبكة.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>المحرّك:</translation>
    </message>
    <message>
        <source>CPU code:</source>
        <translation>شيفرة المعالج:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>مجلد السجلات:</translation>
    </message>
    <message>
        <source>Models folder:</source>
        <translation>مجلد النماذج:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>التراخيص:</translation>
    </message>
    <message>
        <source>Llama 2 models: Llama 2 Community License</source>
        <translation>نماذج Llama 2: ترخيص Llama 2 Community License</translation>
    </message>
    <message>
        <source>Each model you download keeps its own licence.</source>
        <translation>يحتفظ كل نموذج تنزّله بترخيصه الخاص.</translation>
    </message>
    <message>
        <source>chosen when a model is loaded</source>
        <translation>يُختار عند تحميل نموذج</translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation>غير مثبّت (%1)</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>The catalog&apos;s models download without an account. A token is needed only for gated repositories such as Meta&apos;s own; it is kept in the system keyring and nowhere else.</source>
        <translation>تُنزَّل نماذج الفهرس دون حساب. لا يلزم رمز إلا للمستودعات المقيّدة مثل مستودع Meta نفسه؛ ويُحفظ في سلسلة مفاتيح النظام ولا مكان غيرها.</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>رمز Hugging Face</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the token cannot be stored safely. It will be kept for this session only; on Linux, install and unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>لا تتوفر سلسلة مفاتيح على هذا الحاسوب، لذا لا يمكن حفظ الرمز بأمان. سيُستخدم لهذه الجلسة فقط؛ على Linux، ثبّت GNOME Keyring أو KWallet وافتح قفله للاحتفاظ به.</translation>
    </message>
    <message>
        <source>%1 is gated. Paste a token from huggingface.co/settings/tokens and press Check: it says whether the token opens %1.</source>
        <translation>%1 مقيَّد الوصول. الصق رمزًا من huggingface.co/settings/tokens واضغط «تحقق»: سيخبرك إن كان الرمز يفتح %1.</translation>
    </message>
    <message>
        <source>Token saved.</source>
        <translation>حُفظ الرمز.</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>أُزيل الرمز.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Signed in as %1, with access to %2.</source>
        <translation>مسجّل الدخول باسم %1، مع إمكانية الوصول إلى %2.</translation>
    </message>
    <message>
        <source>No token: enter one from huggingface.co/settings/tokens.</source>
        <translation>لا يوجد رمز: أدخل رمزًا من huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <source>The Hub does not accept this token. Create a new one at huggingface.co/settings/tokens.</source>
        <translation>لا يقبل Hub هذا الرمز. أنشئ رمزًا جديدًا في huggingface.co/settings/tokens.</translation>
    </message>
    <message>
        <source>Signed in as %1, but without access to %2: request it on the repository&apos;s page.</source>
        <translation>مسجّل الدخول باسم %1، لكن دون إمكانية الوصول إلى %2: اطلبها من صفحة المستودع.</translation>
    </message>
</context>
<context>
    <name>ApiServerControl</name>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Not started: port %1 cannot be used (%2).</source>
        <translation>لم يبدأ: لا يمكن استخدام المنفذ %1 (%2).</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>لم يبدأ: %1</translation>
    </message>
    <message>
        <source>On at %1</source>
        <translation>يعمل على %1</translation>
    </message>
</context>
<context>
    <name>ApiServerPage</name>
    <message>
        <source>Let programs on this computer use the model through the OpenAI API</source>
        <translation>السماح للبرامج على هذا الحاسوب باستخدام النموذج عبر واجهة OpenAI البرمجية</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>هذا الحاسوب فقط (127.0.0.1)</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>كل الشبكات التي يتصل بها هذا الحاسوب (0.0.0.0)</translation>
    </message>
    <message>
        <source>Anyone who can reach this computer over the network and has the key can then use the model.</source>
        <translation>عندها يمكن لأي شخص يصل إلى هذا الحاسوب عبر الشبكة ويملك المفتاح أن يستخدم النموذج.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>مفتاح جديد</translation>
    </message>
    <message>
        <source>Programs that have the old key are refused from now on</source>
        <translation>البرامج التي تملك المفتاح القديم سترفض من الآن</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this key lasts until LlamaDesk quits. Set LLAMADESK_API_KEY to keep one.</source>
        <translation>لا توجد حلقة مفاتيح على هذا الحاسوب، لذا يبقى هذا المفتاح صالحًا حتى يُغلق LlamaDesk. اضبط LLAMADESK_API_KEY للاحتفاظ بمفتاح ثابت.</translation>
    </message>
    <message>
        <source>None: web pages cannot call it</source>
        <translation>لا شيء: لا يمكن لصفحات الويب استدعاؤها</translation>
    </message>
    <message>
        <source>Web pages allowed to call the API, such as http://localhost:3000, separated by commas</source>
        <translation>صفحات الويب المسموح لها باستدعاء الواجهة، مثل http://localhost:3000، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Keep API chats in the history (marked as the API&apos;s)</source>
        <translation>الاحتفاظ بمحادثات الواجهة البرمجية في السجل (مع تمييزها)</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>الاستماع على:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>المفتاح:</translation>
    </message>
    <message>
        <source>Web pages allowed:</source>
        <translation>صفحات الويب المسموح بها:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Requests use the model loaded here, one at a time, after your own messages.</source>
        <translation>تستخدم الطلبات النموذج المحمّل هنا، واحدًا تلو الآخر، بعد رسائلك أنت.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Allow a tool call?</source>
        <translation>هل تسمح باستدعاء أداة؟</translation>
    </message>
    <message>
        <source>The model wants to use %1.</source>
        <translation>يريد النموذج استخدام %1.</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>&amp;Allow once</source>
        <translation>&amp;سماح مرة واحدة</translation>
    </message>
    <message>
        <source>Al&amp;ways allow this tool</source>
        <translation>ال&amp;سماح دائمًا بهذه الأداة</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>الوسائط:</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attach images</source>
        <translation>إرفاق صور</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>الصور (%1)</translation>
    </message>
    <message>
        <source>At most %1 images go with one message.</source>
        <translation>يمكن إرفاق %1 صور على الأكثر بالرسالة الواحدة.</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Waiting for the model to load, then sending: %1</source>
        <translation>في انتظار تحميل النموذج، ثم يُرسَل: %1</translation>
    </message>
    <message>
        <source>Editing your message: Enter sends it as a new version, Esc cancels</source>
        <translation>تعديل رسالتك: Enter يرسلها كنسخة جديدة، وEsc يلغي</translation>
    </message>
    <message>
        <source>Version %1 / %2</source>
        <translation>النسخة %1 / %2</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>جارٍ قراءة الصورة…</translation>
    </message>
    <message>
        <source>Reading the images…</source>
        <translation>جارٍ قراءة الصور…</translation>
    </message>
    <message>
        <source>Context: %1 of %2 tokens</source>
        <translation>السياق: %1 من %2 رمز</translation>
    </message>
    <message numerus="yes">
        <source> · %n older message(s) no longer fit</source>
        <translation>
            <numerusform> · %n رسالة أقدم لم تعد تتسع</numerusform>
            <numerusform> · رسالة أقدم واحدة لم تعد تتسع</numerusform>
            <numerusform> · رسالتان أقدم لم تعودا تتسعان</numerusform>
            <numerusform> · %n رسائل أقدم لم تعد تتسع</numerusform>
            <numerusform> · %n رسالة أقدم لم تعد تتسع</numerusform>
            <numerusform> · %n رسالة أقدم لم تعد تتسع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Attach images (or drop or paste them here)</source>
        <translation>إرفاق صور (أو أفلتها أو الصقها هنا)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>إرفاق صور</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>صورة ملصقة.png</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Enter for a new line</source>
        <translation>Ctrl+Enter للإرسال · Enter لسطر جديد</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter for a new line</source>
        <translation>Enter للإرسال · Shift+Enter لسطر جديد</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 حرفًا</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>↓ Latest</source>
        <translation>↓ الأحدث</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>الانتقال إلى أحدث رسالة</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>الانتقال إلى الأحدث</translation>
    </message>
    <message>
        <source>Show the latest messages ›</source>
        <translation>عرض أحدث الرسائل ›</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <source>%1 % of guesses kept</source>
        <translation>قُبل %1 % من التخمينات</translation>
    </message>
    <message>
        <source>Start with one of these, or ask anything</source>
        <translation>ابدأ بواحد من هذه، أو اسأل عن أي شيء</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>نسخ الشيفرة</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>نموذج غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n رمز</numerusform>
            <numerusform>رمز واحد</numerusform>
            <numerusform>رمزان</numerusform>
            <numerusform>%n رموز</numerusform>
            <numerusform>%n رمزًا</numerusform>
            <numerusform>%n رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 رمز/ث</translation>
    </message>
    <message>
        <source>first token after %1 ms</source>
        <translation>أول رمز بعد %1 مللي ثانية</translation>
    </message>
    <message>
        <source>This message no longer fits the context window; the model does not see it when it answers.</source>
        <translation>لم تعد هذه الرسالة تتسع في نافذة السياق؛ لا يراها النموذج عندما يجيب.</translation>
    </message>
    <message>
        <source>outside the model&apos;s memory</source>
        <translation>خارج ذاكرة النموذج</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>يكتب…</translation>
    </message>
    <message>
        <source>%1 (%2 × %3): click to open</source>
        <translation>%1 (%2 × %3): انقر للفتح</translation>
    </message>
    <message>
        <source>image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <source>interrupted: cut off before it ended (LlamaDesk closed, or a pool computer stopped answering)</source>
        <translation>مقاطَع: انقطع قبل أن ينتهي (أُغلق LlamaDesk، أو توقف حاسوب في المجمّع عن الاستجابة)</translation>
    </message>
    <message>
        <source>cut off at the length limit</source>
        <translation>قُطع عند حد الطول</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>stopped after the most rounds of tool calls a reply may make (Settings › Tools)</source>
        <translation>توقف بعد أقصى عدد من جولات استدعاء الأدوات المسموح بها للرد (الإعدادات › الأدوات)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>النسخة السابقة</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>النسخة التالية</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>Document collections</source>
        <translation>مجموعات المستندات</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>المتخطاة</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>نموذج التضمين</translation>
    </message>
    <message>
        <source>Indexing runs on this computer only; nothing is uploaded.</source>
        <translation>تجري الفهرسة على هذا الحاسوب فقط؛ لا يُرفع أي شيء.</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>تقدم الفهرسة</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>إعادة الفهرسة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>إيقاف الفهرسة مؤقتًا</translation>
    </message>
    <message>
        <source>%1: %2 of %3 files, %4 passages, %5 passages/s</source>
        <translation>%1: %2 من %3 ملفات، %4 مقطعًا، %5 مقطع/ث</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>متبقٍ %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>%1 is up to date: %2 file(s) indexed, %3 unchanged, %4 removed, %5 skipped.</source>
        <translation>%1 محدّثة: فُهرس %2 ملف، و%3 دون تغيير، وأزيل %4، وتُخطي %5.</translation>
    </message>
    <message>
        <source>Loading the embedding model…</source>
        <translation>جارٍ تحميل نموذج التضمين…</translation>
    </message>
    <message>
        <source>Add a folder to %1</source>
        <translation>إضافة مجلد إلى %1</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>إزالة المجموعة</translation>
    </message>
    <message>
        <source>Forget the collection %1? Its files stay where they are.</source>
        <translation>نسيان المجموعة %1؟ تبقى ملفاتها في مكانها.</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>استئناف الفهرسة</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message…</source>
        <translation>رسالة…</translation>
    </message>
</context>
<context>
    <name>ConversationBrowser</name>
    <message>
        <source>Reply version %1 / %2</source>
        <translation>نسخة الرد %1 / %2</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+F)</source>
        <translation>البحث في المحادثات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the thinking too</source>
        <translation>البحث في التفكير أيضًا</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>حذف المحادثة</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n رسالة</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%n رسائل</numerusform>
            <numerusform>%n رسالة</numerusform>
            <numerusform>%n رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>From a program, through the local API</source>
        <translation>من برنامج، عبر الواجهة البرمجية المحلية</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>المثبّتة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>أقدم</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>حُذفت «%1»</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <source>in its thinking</source>
        <translation>في تفكيره</translation>
    </message>
</context>
<context>
    <name>CrashBanner</name>
    <message>
        <source>Load with safe settings</source>
        <translation>التحميل بالإعدادات الآمنة</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>نسخ التقرير</translation>
    </message>
    <message>
        <source>The full crash report, for a bug report. Nothing is sent anywhere.</source>
        <translation>تقرير الانهيار الكامل، للإبلاغ عن خلل. لا يُرسَل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Search GGUF models on Hugging Face (Qwen3, Gemma 3, Llama 3.1…)</source>
        <translation>ابحث عن نماذج GGUF في Hugging Face (Qwen3، Gemma 3، Llama 3.1…)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>الأكثر تنزيلًا</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>المحدّثة مؤخرًا</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>Stop waiting for the Hub</source>
        <translation>التوقف عن انتظار Hub</translation>
    </message>
    <message>
        <source>Models found</source>
        <translation>النماذج التي وُجدت</translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation>&amp;نتائج أخرى</translation>
    </message>
    <message>
        <source>Files to download</source>
        <translation>ملفات للتنزيل</translation>
    </message>
    <message>
        <source>Also the vision projector (for images)</source>
        <translation>ومُسقِط الرؤية أيضًا (للصور)</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;تنزيل</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>توقف.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>vision</source>
        <translation>رؤية</translation>
    </message>
    <message>
        <source>gated</source>
        <translation>مقيّد الوصول</translation>
    </message>
    <message>
        <source>%1 — %2 downloads · %3</source>
        <translation>%1 — %2 تنزيل · %3</translation>
    </message>
    <message>
        <source>licence not given</source>
        <translation>الترخيص غير مذكور</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>حُدِّث في %1</translation>
    </message>
    <message>
        <source>No GGUF models found.</source>
        <translation>لم يُعثر على نماذج GGUF.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>Check your access…</source>
        <translation>تحقق من وصولك…</translation>
    </message>
    <message>
        <source>Add a Hugging Face token…</source>
        <translation>أضف رمز Hugging Face…</translation>
    </message>
    <message>
        <source>asks for your acceptance before the download</source>
        <translation>يطلب موافقتك قبل التنزيل</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>licence: %1</source>
        <translation>الترخيص: %1</translation>
    </message>
    <message>
        <source>its page</source>
        <translation>صفحته</translation>
    </message>
    <message>
        <source>gated: your Hugging Face token needs access</source>
        <translation>مقيّد الوصول: يحتاج رمز Hugging Face إلى إذن وصول</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>يتسع</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>بالكاد</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>over 100 tokens/s</source>
        <translation>أكثر من 100 رمز/ث</translation>
    </message>
    <message>
        <source>~%1 tokens/s</source>
        <translation>~%1 رمز/ث</translation>
    </message>
    <message>
        <source>%1 parts</source>
        <translation>%1 أجزاء</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>&amp;Documents</source>
        <translation>ال&amp;مستندات</translation>
    </message>
    <message>
        <source>&amp;Collections…</source>
        <translation>ال&amp;مجموعات…</translation>
    </message>
</context>
<context>
    <name>DocumentsToggle</name>
    <message>
        <source>Documents to answer from</source>
        <translation>مستندات للإجابة منها</translation>
    </message>
    <message>
        <source>No collections yet</source>
        <translation>لا مجموعات بعد</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>المجموعات…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>المستندات: %1</translation>
    </message>
    <message>
        <source>Answer from these document collections too; the reply lists its sources under it.</source>
        <translation>الإجابة من هذه المجموعات أيضًا؛ يسرد الرد مصادره أسفله.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1/s</source>
        <translation>%1/ث</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About LlamaDesk</source>
        <translation>&amp;حول LlamaDesk</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Open a conversation to export it.</source>
        <translation>افتح محادثة لتصديرها.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>نص عادي (*.txt)</translation>
    </message>
    <message>
        <source>LlamaDesk JSON (*.json)</source>
        <translation>JSON لـ LlamaDesk (*.json)</translation>
    </message>
    <message>
        <source>All conversations, one file each (*.zip)</source>
        <translation>كل المحادثات، ملف لكل منها (*.zip)</translation>
    </message>
    <message>
        <source>All conversations, lossless (*.json)</source>
        <translation>كل المحادثات، دون فقد (*.json)</translation>
    </message>
    <message>
        <source>LlamaDesk conversations</source>
        <translation>محادثات LlamaDesk</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>صُدّرت إلى %1</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>استيراد محادثات</translation>
    </message>
    <message>
        <source>LlamaDesk export (*.json)</source>
        <translation>ملف تصدير LlamaDesk (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>استُورد %n محادثة.</numerusform>
            <numerusform>استُوردت محادثة واحدة.</numerusform>
            <numerusform>استُوردت محادثتان.</numerusform>
            <numerusform>استُوردت %n محادثات.</numerusform>
            <numerusform>استُوردت %n محادثة.</numerusform>
            <numerusform>استُوردت %n محادثة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was already here.</source>
        <translation>
            <numerusform>%n موجودة مسبقًا.</numerusform>
            <numerusform>واحدة موجودة مسبقًا.</numerusform>
            <numerusform>اثنتان موجودتان مسبقًا.</numerusform>
            <numerusform>%n موجودة مسبقًا.</numerusform>
            <numerusform>%n موجودة مسبقًا.</numerusform>
            <numerusform>%n موجودة مسبقًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>IndexingWorker</name>
    <message>
        <source>There is already a collection named %1.</source>
        <translation>توجد مجموعة باسم %1 بالفعل.</translation>
    </message>
    <message>
        <source>There is no collection named %1.</source>
        <translation>لا توجد مجموعة باسم %1.</translation>
    </message>
    <message>
        <source>The embedding model that built %1, %2, is no longer there. Download it again (Models › Embedding models) to keep this collection up to date; searching it still works, by keyword.</source>
        <translation>نموذج التضمين الذي بنى %1، وهو %2، لم يعد موجودًا. نزّله مرة أخرى (النماذج › نماذج التضمين) لإبقاء هذه المجموعة محدّثة؛ ولا يزال البحث فيها يعمل بالكلمات المفتاحية.</translation>
    </message>
</context>
<context>
    <name>InferenceWorker</name>
    <message>
        <source>Unexpected error while loading the model: %1. Details are in the log file.</source>
        <translation>خطأ غير متوقع أثناء تحميل النموذج: %1. التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>Unexpected error while answering: %1. Details are in the log file.</source>
        <translation>خطأ غير متوقع أثناء الرد: %1. التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>This summary is a help, not the license: the English text below is what you agree to.</source>
        <translation>هذا الملخص للمساعدة وليس الترخيص: ما توافق عليه هو النص الإنجليزي أدناه.</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>نص الترخيص</translation>
    </message>
    <message>
        <source>I have read and accept the %1</source>
        <translation>لقد قرأت %1 وأوافق عليها</translation>
    </message>
    <message>
        <source>Scroll to the end of the text first</source>
        <translation>مرّر إلى نهاية النص أولًا</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>موافقة</translation>
    </message>
</context>
<context>
    <name>LicenseSummary</name>
    <message>
        <source>You may use, copy and change Llama 2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 July 2023 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 2&apos;s output to improve other large language models.</source>
        <translation>يمكنك استخدام Llama 2 ونسخه وتعديله مجانًا، للعمل الشخصي أو التجاري. وحدها الشركة التي تجاوز عدد المستخدمين النشطين شهريًا لمنتجاتها 700 مليون في 18 يوليو 2023 تحتاج إلى ترخيص منفصل من Meta. وتوافق أيضًا على سياسة الاستخدام المقبول من Meta، ولا يجوز لك استخدام مخرجات Llama 2 لتحسين نماذج لغوية كبيرة أخرى.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on 18 April 2024 needs a separate license from Meta. You also agree to Meta&apos;s Acceptable Use Policy, and may not use Llama 3&apos;s output to improve other large language models.</source>
        <translation>يمكنك استخدام Llama 3 ونسخه وتعديله مجانًا، للعمل الشخصي أو التجاري. لا تحتاج إلى ترخيص منفصل من Meta إلا الشركة التي تجاوز عدد المستخدمين النشطين شهريًا لمنتجاتها 700 مليون في 18 أبريل 2024. وتوافق أيضًا على سياسة الاستخدام المقبول من Meta، ولا يجوز لك استخدام مخرجات Llama 3 لتحسين نماذج لغوية كبيرة أخرى.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.1 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>يمكنك استخدام Llama 3.1 ونسخه وتعديله مجانًا، للعمل الشخصي أو التجاري. لا تحتاج إلى ترخيص منفصل من Meta إلا الشركة التي تجاوز عدد المستخدمين النشطين شهريًا لمنتجاتها 700 مليون في تاريخ إصداره. إذا شاركت النموذج أو نموذجًا مبنيًا عليه، فعليك ذكر «Built with Llama» وأن يبدأ اسم ذلك النموذج بكلمة «Llama». وتوافق أيضًا على سياسة الاستخدام المقبول من Meta.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.2 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy. The rights to its multimodal (vision) models are not granted to people living, or companies based, in the European Union.</source>
        <translation>يمكنك استخدام Llama 3.2 ونسخه وتعديله مجانًا، للعمل الشخصي أو التجاري. لا تحتاج إلى ترخيص منفصل من Meta إلا الشركة التي تجاوز عدد المستخدمين النشطين شهريًا لمنتجاتها 700 مليون في تاريخ إصداره. إذا شاركت النموذج أو نموذجًا مبنيًا عليه، فعليك ذكر «Built with Llama» وأن يبدأ اسم ذلك النموذج بكلمة «Llama». وتوافق أيضًا على سياسة الاستخدام المقبول من Meta. ولا تُمنح حقوق نماذجه متعددة الوسائط (الرؤية) للأشخاص المقيمين في الاتحاد الأوروبي ولا للشركات التي مقرها فيه.</translation>
    </message>
    <message>
        <source>You may use, copy and change Llama 3.3 for free, for personal or commercial work. Only a company whose products had more than 700 million monthly active users on its release date needs a separate license from Meta. If you share the model or a model built from it, you must say “Built with Llama” and start that model&apos;s name with “Llama”. You also agree to Meta&apos;s Acceptable Use Policy.</source>
        <translation>يمكنك استخدام Llama 3.3 ونسخه وتعديله مجانًا، للعمل الشخصي أو التجاري. لا تحتاج إلى ترخيص منفصل من Meta إلا الشركة التي تجاوز عدد المستخدمين النشطين شهريًا لمنتجاتها 700 مليون في تاريخ إصداره. إذا شاركت النموذج أو نموذجًا مبنيًا عليه، فعليك ذكر «Built with Llama» وأن يبدأ اسم ذلك النموذج بكلمة «Llama». وتوافق أيضًا على سياسة الاستخدام المقبول من Meta.</translation>
    </message>
    <message>
        <source>You may use, copy and change Gemma for free, for personal or commercial work. You agree to Google&apos;s Gemma Prohibited Use Policy. If you share Gemma or a model built from it, you must pass on these terms and their use restrictions.</source>
        <translation>يمكنك استخدام Gemma ونسخه وتعديله مجانًا، للعمل الشخصي أو التجاري. وتوافق على سياسة Google للاستخدامات المحظورة لـ Gemma. إذا شاركت Gemma أو نموذجًا مبنيًا عليه، فعليك أن تنقل هذه الشروط وقيود استخدامها.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The model could not be imported</source>
        <translation>تعذّر استيراد النموذج</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>إيقاف الرد (Esc)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>اكتب رسالة. Enter يرسلها، وShift+Enter يبدأ سطرًا جديدًا.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>The messages of this chat</source>
        <translation>رسائل هذه الدردشة</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>حالة النموذج</translation>
    </message>
    <message>
        <source>What the model is doing</source>
        <translation>ما يفعله النموذج</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Your conversations, newest first</source>
        <translation>محادثاتك، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search every conversation (Ctrl+F)</source>
        <translation>البحث في كل المحادثات (Ctrl+F)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>بدء محادثة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;دردشة</translation>
    </message>
    <message>
        <source>Opening your conversations…</source>
        <translation>جارٍ فتح محادثاتك…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>جارٍ تحميل %1…</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>تعذّر تحميل النموذج</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>فشل الرد</translation>
    </message>
    <message>
        <source>No model is loaded. Use File › Open model… to choose a GGUF file.</source>
        <translation>لا يوجد نموذج محمّل. استخدم ملف › فتح نموذج… لاختيار ملف GGUF.</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>إرسال (Enter)</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <source>Template: automatic</source>
        <translation>القالب: تلقائي</translation>
    </message>
    <message>
        <source>Llama 2</source>
        <translation>Llama 2</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>الخاص بالنموذج</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>القالب: %1</translation>
    </message>
    <message>
        <source>How messages are put to this model. Automatic reads it from the model file; the choice is kept for this model.</source>
        <translation>طريقة تقديم الرسائل لهذا النموذج. التلقائي يقرؤها من ملف النموذج؛ ويُحفظ الاختيار لهذا النموذج.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop loading the model (Esc)</source>
        <translation>إيقاف تحميل النموذج (Esc)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Answering a program through the local API; your next message waits its turn</source>
        <translation>يجيب عن برنامج عبر الواجهة المحلية؛ رسالتك التالية تنتظر دورها</translation>
    </message>
    <message>
        <source>Context: no model</source>
        <translation>السياق: لا نموذج</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Choose the model to chat with</source>
        <translation>اختر النموذج للدردشة معه</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>قالب الموجّه</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>التحميل</translation>
    </message>
    <message>
        <source>How far the model has loaded</source>
        <translation>مدى تقدم تحميل النموذج</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>المحرّك</translation>
    </message>
    <message>
        <source>Where the model runs: CPU or GPU</source>
        <translation>مكان تشغيل النموذج: المعالج أو GPU</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>Tokens used of the context window</source>
        <translation>الرموز المستخدمة من نافذة السياق</translation>
    </message>
    <message>
        <source>No model installed</source>
        <translation>لا يوجد نموذج مثبّت</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>فتح ملف GGUF…</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>إدارة النماذج…</translation>
    </message>
    <message>
        <source>Loading %1… %p%</source>
        <translation>جارٍ تحميل %1… %p%</translation>
    </message>
    <message>
        <source>Template: automatic (%1)</source>
        <translation>القالب: تلقائي (%1)</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>لا نموذج محمّل</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>المعالج</translation>
    </message>
    <message>
        <source>all layers</source>
        <translation>كل الطبقات</translation>
    </message>
    <message>
        <source>%1 of %2 layers</source>
        <translation>%1 من %2 طبقة</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 طبقة</translation>
    </message>
    <message>
        <source>Cannot read images: %1</source>
        <translation>لا يستطيع قراءة الصور: %1</translation>
    </message>
    <message>
        <source>Reads images (projector %1)</source>
        <translation>يقرأ الصور (المُسقِط %1)</translation>
    </message>
    <message>
        <source>sees images</source>
        <translation>يرى الصور</translation>
    </message>
    <message>
        <source>Prompt template: %1</source>
        <translation>قالب الموجّه: %1</translation>
    </message>
    <message>
        <source>Settings › App › Context size sets a larger one, if memory allows.</source>
        <translation>الإعدادات › التطبيق › حجم السياق يضبط حجمًا أكبر إن سمحت الذاكرة.</translation>
    </message>
    <message>
        <source>Settings › App › GPU layers turns it back on.</source>
        <translation>الإعدادات › التطبيق › طبقات GPU تعيد تشغيله.</translation>
    </message>
    <message>
        <source>Its replies are capped and repetition is penalised: Settings › New chats › Models without a chat template.</source>
        <translation>ردوده محدودة الطول ويُعاقَب التكرار: الإعدادات › المحادثات الجديدة › النماذج بلا قالب محادثة.</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 رمز</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <source>Open model</source>
        <translation>فتح نموذج</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>ثُبّت %1.</translation>
    </message>
    <message>
        <source>Draft model</source>
        <translation>نموذج المسودة</translation>
    </message>
    <message>
        <source>A pool computer cannot be used</source>
        <translation>لا يمكن استخدام حاسوب في المجمّع</translation>
    </message>
    <message>
        <source>%1 fits on this computer alone (more slowly). Load it here?</source>
        <translation>يتسع %1 لهذا الحاسوب وحده (أبطأ). هل تريد تحميله هنا؟</translation>
    </message>
    <message>
        <source>Load here</source>
        <translation>تحميل هنا</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>%1 does not fit on this computer alone. Start the pool on that computer again, then load the model.</source>
        <translation>لا يتسع %1 لهذا الحاسوب وحده. شغّل المجمّع على ذلك الحاسوب مجددًا، ثم حمّل النموذج.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>التنزيلات</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>المثبّتة</translation>
    </message>
    <message>
        <source>Hugging Face account</source>
        <translation>حساب Hugging Face</translation>
    </message>
    <message>
        <source>Embedding models</source>
        <translation>نماذج التضمين</translation>
    </message>
    <message>
        <source>Llama 2 chat models in every size and quantization. This computer has %1 of memory; the recommended model fits it comfortably.</source>
        <translation>نماذج دردشة Llama 2 بكل الأحجام والتكميمات. في هذا الحاسوب %1 من الذاكرة؛ والنموذج الموصى به يتسع فيها براحة.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>التنزيل</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>الذاكرة المطلوبة</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>الملاءمة</translation>
    </message>
    <message>
        <source>Speed here</source>
        <translation>السرعة هنا</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>يتسع</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>بالكاد</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>★ Recommended</source>
        <translation>★ موصى به</translation>
    </message>
    <message>
        <source>~%1 tokens/s</source>
        <translation>~%1 رمز/ث</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>تنزيل…</translation>
    </message>
    <message>
        <source>Embedding models turn your documents into searchable vectors for Documents › Collections…. Their licenses ask for no acceptance.</source>
        <translation>تجعل نماذج التضمين مستنداتك قابلة للبحث في المستندات › المجموعات…. لا تطلب تراخيصها أي موافقة.</translation>
    </message>
    <message>
        <source>License</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>موصى بها</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>استكشاف</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>مناسب لـ</translation>
    </message>
    <message>
        <source>Llama 2 first, then current models for people who would rather not search: each with its licence, how it fits this computer and the speed to expect. Llama and Gemma ask you to accept their licence first.</source>
        <translation>Llama 2 أولًا، ثم نماذج حديثة لمن لا يريد البحث: لكل منها ترخيصه، ومدى ملاءمته لهذا الحاسوب، والسرعة المتوقعة. يطلب Llama وGemma موافقتك على ترخيصهما أولًا.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>كبير جدًا على هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory, more than this computer has. Download it anyway?</source>
        <translation>يحتاج %1 إلى نحو %2 من الذاكرة، أكثر مما في هذا الحاسوب. هل تريد تنزيله رغم ذلك؟</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after LlamaDesk restarts; every byte is checked against the Hub&apos;s SHA-256.</source>
        <translation>تُستأنف التنزيلات من حيث توقفت، حتى بعد إعادة تشغيل LlamaDesk؛ ويُتحقق من كل بايت مقابل SHA-256 الخاص بـ Hub.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>جارٍ التنزيل</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>مُتحقَّق</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>تحميل</translation>
    </message>
    <message>
        <source>Faster replies…</source>
        <translation>ردود أسرع…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>استيراد GGUF…</translation>
    </message>
    <message>
        <source>Drop .gguf files here to import them.</source>
        <translation>أفلت ملفات .gguf هنا لاستيرادها.</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>مُنزَّل</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مُستورَد</translation>
    </message>
    <message>
        <source>Used in place</source>
        <translation>مُستخدَم في مكانه</translation>
    </message>
    <message>
        <source>Opened from %1</source>
        <translation>مفتوح من %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>جارٍ التحقق من %1…</translation>
    </message>
    <message>
        <source>Remove %1 from the list? The file stays where it is.</source>
        <translation>إزالة %1 من القائمة؟ يبقى الملف في مكانه.</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>حذف النموذج</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Conversations made with it stay.</source>
        <translation>حذف %1 (%2)؟ تبقى المحادثات التي أُجريت به.</translation>
    </message>
    <message>
        <source>%1 is intact.</source>
        <translation>%1 سليم.</translation>
    </message>
    <message>
        <source>%1 does not match its checksum: delete it and download it again.</source>
        <translation>%1 لا يطابق مجموعه الاختباري: احذفه ونزّله من جديد.</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>استيراد نموذج GGUF</translation>
    </message>
    <message>
        <source>Checking %1… %p%</source>
        <translation>جارٍ التحقق من %1… %p%</translation>
    </message>
    <message>
        <source>The model could not be imported</source>
        <translation>تعذّر استيراد النموذج</translation>
    </message>
</context>
<context>
    <name>NewCollectionDialog</name>
    <message>
        <source>New collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>نموذج التضمين</translation>
    </message>
    <message>
        <source>Another GGUF file…</source>
        <translation>ملف GGUF آخر…</translation>
    </message>
    <message>
        <source>Download one…</source>
        <translation>تنزيل واحد…</translation>
    </message>
    <message>
        <source>Choose an embedding model</source>
        <translation>اختر نموذج تضمين</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>نموذج التضمين:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>An embedding model turns passages into vectors, so that a question finds them by meaning.</source>
        <translation>يحوّل نموذج التضمين المقاطع إلى متجهات، كي يجدها السؤال بحسب معناها.</translation>
    </message>
    <message>
        <source>No embedding model is installed yet: download one, or choose a GGUF file.</source>
        <translation>لم يُثبَّت أي نموذج تضمين بعد: نزّل واحدًا أو اختر ملف GGUF.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>%1 is a chat model: it writes replies, it does not turn text into vectors for search. Choose an embedding model (Models › Embedding models has some).</source>
        <translation>%1 نموذج دردشة: يكتب الردود ولا يحوّل النص إلى متجهات للبحث. اختر نموذج تضمين (في النماذج › نماذج التضمين بعضها).</translation>
    </message>
    <message>
        <source>%1 does not say it is an embedding model (its file names no pooling). It may find passages poorly.</source>
        <translation>لا يذكر %1 أنه نموذج تضمين (لا يحدد ملفه أي تجميع). قد يجد المقاطع بشكل ضعيف.</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>إضافة مجلد</translation>
    </message>
    <message>
        <source>Give the collection a name and an existing folder.</source>
        <translation>أعطِ المجموعة اسمًا ومجلدًا موجودًا.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste tool servers</source>
        <translation>لصق خوادم الأدوات</translation>
    </message>
    <message>
        <source>Paste the “mcpServers” block from another app&apos;s configuration:</source>
        <translation>الصق كتلة «mcpServers» من إعدادات تطبيق آخر:</translation>
    </message>
</context>
<context>
    <name>PoolLending</name>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>%1 GB of memory</source>
        <translation>%1 غيغابايت من الذاكرة</translation>
    </message>
    <message>
        <source>its free memory</source>
        <translation>ذاكرته الحرة</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>Lending this computer (%1) on port %2. Connected: %3.</source>
        <translation>يُعار هذا الحاسوب (%1) على المنفذ %2. المتصلون: %3.</translation>
    </message>
    <message>
        <source>it stopped unexpectedly</source>
        <translation>توقف على نحو غير متوقع</translation>
    </message>
    <message>
        <source>Not lending: %1</source>
        <translation>لا إعارة: %1</translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>لا يحتوي هذا الإصدار من محرك LlamaDesk على واجهة RPC، لذا لا يمكنه تجميع الحواسيب.</translation>
    </message>
    <message>
        <source>Lend this computer</source>
        <translation>إعارة هذا الحاسوب</translation>
    </message>
    <message>
        <source>Let computers paired with this one run part of their models here</source>
        <translation>السماح للحواسيب المقترنة بتشغيل جزء من نماذجها هنا</translation>
    </message>
    <message>
        <source>Every network this computer is on (0.0.0.0)</source>
        <translation>كل الشبكات التي يتصل بها هذا الحاسوب (0.0.0.0)</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>هذا الحاسوب فقط (127.0.0.1)</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> غيغابايت</translation>
    </message>
    <message>
        <source>All that is free</source>
        <translation>كل ما هو حر</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>رمز الاقتران</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>رمز جديد</translation>
    </message>
    <message>
        <source>Computers paired with the old code must be paired again</source>
        <translation>يجب إعادة اقتران الحواسيب المقترنة بالرمز القديم</translation>
    </message>
    <message>
        <source>There is no keyring on this computer, so this code lasts until LlamaDesk quits.</source>
        <translation>لا توجد سلسلة مفاتيح على هذا الحاسوب، لذا يبقى هذا الرمز صالحًا حتى يُغلق LlamaDesk.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>الاستماع على:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Memory lent:</source>
        <translation>الذاكرة المُعارة:</translation>
    </message>
    <message>
        <source>Pairing code:</source>
        <translation>رمز الاقتران:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Use other computers</source>
        <translation>استخدام حواسيب أخرى</translation>
    </message>
    <message>
        <source>Spread models over these computers when loading</source>
        <translation>توزيع النماذج على هذه الحواسيب عند التحميل</translation>
    </message>
    <message>
        <source>Pool computers</source>
        <translation>حواسيب المجمّع</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Address of the computer to add</source>
        <translation>عنوان الحاسوب المراد إضافته</translation>
    </message>
    <message>
        <source>Its pairing code</source>
        <translation>رمز الاقتران الخاص به</translation>
    </message>
    <message>
        <source>Pairing code of the computer to add</source>
        <translation>رمز اقتران الحاسوب المراد إضافته</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>إضافة:</translation>
    </message>
    <message>
        <source>On the other computer, turn on Lend this computer (or run `llamadesk pool serve`), then enter its address and the code it shows. Loading a model pairs with each computer.</source>
        <translation>على الحاسوب الآخر، فعّل «إعارة هذا الحاسوب» (أو شغّل `llamadesk pool serve`)، ثم أدخل هنا عنوانه والرمز الذي يعرضه. يقترن تحميل النموذج بكل حاسوب.</translation>
    </message>
</context>
<context>
    <name>ProjectorQuestion</name>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>%1 looks like a vision model, but its projector is not beside it, so it cannot read images. Choose the projector now?</source>
        <translation>يبدو %1 نموذج رؤية، لكن مُسقِطه ليس بجانبه، لذا لا يستطيع قراءة الصور. هل تختار المُسقِط الآن؟</translation>
    </message>
    <message>
        <source>The projector is an mmproj….gguf file from the same repository as the model. Not now: LlamaDesk will not ask again; a projector put beside the model later is found by itself.</source>
        <translation>المُسقِط ملف mmproj….gguf من المستودع نفسه الذي فيه النموذج. ليس الآن: لن يسأل LlamaDesk مجددًا؛ والمُسقِط الذي يوضع لاحقًا بجانب النموذج يُعثر عليه تلقائيًا.</translation>
    </message>
    <message>
        <source>Choose the projector…</source>
        <translation>اختر المُسقِط…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Choose the projector</source>
        <translation>اختر المُسقِط</translation>
    </message>
    <message>
        <source>Projectors (mmproj*.gguf *.gguf)</source>
        <translation>المُسقِطات (mmproj*.gguf *.gguf)</translation>
    </message>
</context>
<context>
    <name>SamplingEditor</name>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation>مثلًا: أجب باختصار وبلغة عربية بسيطة.</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>دقيق</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>متوازن</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>إبداعي</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>موجّه النظام:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>الإعداد المسبق:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>الحرارة:</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <source>Top-k (0: off):</source>
        <translation>Top-k (0: معطّل):</translation>
    </message>
    <message>
        <source>Min-p:</source>
        <translation>Min-p:</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>عقوبة التكرار:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>موجّه النظام</translation>
    </message>
    <message>
        <source>Sampling preset</source>
        <translation>إعداد أخذ العينات المسبق</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a tool server</source>
        <translation>إضافة خادم أدوات</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>الأمر:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>البيئة:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>المهلة:</translation>
    </message>
    <message>
        <source>Each environment line is NAME=VALUE.</source>
        <translation>كل سطر في البيئة بالشكل NAME=VALUE.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>هذه المحادثة</translation>
    </message>
    <message>
        <source>New chats</source>
        <translation>الدردشات الجديدة</translation>
    </message>
    <message>
        <source>App</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>خادم الواجهة البرمجية</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>المجمّع</translation>
    </message>
    <message>
        <source>Models without a chat template</source>
        <translation>النماذج بلا قالب محادثة</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> رمز</translation>
    </message>
    <message>
        <source>Longest reply:</source>
        <translation>أطول رد:</translation>
    </message>
    <message>
        <source>Repeat penalty:</source>
        <translation>عقوبة التكرار:</translation>
    </message>
    <message>
        <source>A base model continues text as written and may repeat itself without end. A conversation&apos;s own repeat penalty, when not 1.00, is kept.</source>
        <translation>يكمل النموذج الأساسي النص كما كُتب وقد يكرر نفسه بلا نهاية. تُحفظ عقوبة التكرار الخاصة بالمحادثة إن لم تكن 1.00.</translation>
    </message>
    <message>
        <source>Keep attached images as they came (otherwise at the size the model reads, which takes less space)</source>
        <translation>الاحتفاظ بالصور المرفقة كما وصلت (وإلا فبالحجم الذي يقرؤه النموذج، وهو أصغر مساحة)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>حجم النظام</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter for a new line</source>
        <translation>Enter للإرسال، Shift+Enter لسطر جديد</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter for a new line</source>
        <translation>Ctrl+Enter للإرسال، Enter لسطر جديد</translation>
    </message>
    <message>
        <source>Automatic: as many layers as fit on the GPU</source>
        <translation>تلقائي: أكبر عدد من الطبقات يتسع في GPU</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>كل الطبقات</translation>
    </message>
    <message>
        <source>With several GPUs: which one holds the model (0 is the first; `llamadesk info` lists them).</source>
        <translation>عند وجود عدة وحدات GPU: أيها يحمل النموذج (0 هي الأولى؛ ويسردها `llamadesk info`).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Automatic: every core reads the prompt, and all but one write the reply, so the window stays smooth while it streams.</source>
        <translation>تلقائي: تقرأ كل الأنوية الموجّه، وتكتب كلها عدا نواة واحدة الرد، كي تبقى النافذة سلسة أثناء البث.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>حجم الخط:</translation>
    </message>
    <message>
        <source>Send with:</source>
        <translation>الإرسال بـ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>GPU layers:</source>
        <translation>طبقات GPU:</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>GPU: this build of LlamaDesk runs on the CPU only (it has no GPU support).</source>
        <translation>GPU: هذا الإصدار من LlamaDesk يعمل على المعالج فقط (لا يدعم GPU).</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>الخيوط:</translation>
    </message>
    <message>
        <source>Context size:</source>
        <translation>حجم السياق:</translation>
    </message>
    <message>
        <source>Threads and context size apply when a model is next loaded. A new language applies after a restart.</source>
        <translation>تُطبَّق الخيوط وحجم السياق عند تحميل النموذج التالي. وتُطبَّق اللغة الجديدة بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>سطر جديد في الرسالة</translation>
    </message>
    <message>
        <source>Stop the reply; clear the search</source>
        <translation>إيقاف الرد؛ مسح البحث</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <source>Delete the chosen conversation</source>
        <translation>حذف المحادثة المختارة</translation>
    </message>
    <message>
        <source>Delete (in the list)</source>
        <translation>Delete (في القائمة)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SpeculationDialog</name>
    <message>
        <source>Faster replies: %1</source>
        <translation>ردود أسرع: %1</translation>
    </message>
    <message>
        <source>LlamaDesk can guess the next few words and have the model check them all at once. The reply is the one the model writes without guessing; it comes sooner where text repeats: rewriting, fixing code, summarising, quoting documents. Automatic guesses only while it pays on this computer.</source>
        <translation>يستطيع LlamaDesk تخمين الكلمات القليلة التالية وجعل النموذج يتحقق منها كلها دفعة واحدة. الرد هو نفسه الذي يكتبه النموذج دون تخمين، لكنه يصل أسرع حيث يتكرر النص: إعادة الصياغة وإصلاح الشيفرة والتلخيص واقتباس المستندات. «تلقائي» لا يخمّن إلا ما دام ذلك مجديًا على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>تلقائي (موصى به)</translation>
    </message>
    <message>
        <source>Guess from the conversation, always</source>
        <translation>التخمين من المحادثة دائمًا</translation>
    </message>
    <message>
        <source>Guess with a draft model</source>
        <translation>التخمين بنموذج مسودة</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>A small model of the same family (the same vocabulary), such as a 0.5B or 1B model of the same series</source>
        <translation>نموذج صغير من العائلة نفسها (المفردات نفسها)، مثل نموذج 0.5B أو 1B من السلسلة نفسها</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>No draft chosen</source>
        <translation>لم يُختر نموذج مسودة</translation>
    </message>
    <message>
        <source>The most tokens guessed at once</source>
        <translation>أقصى عدد من الرموز يُخمَّن دفعة واحدة</translation>
    </message>
    <message>
        <source>Guessing:</source>
        <translation>التخمين:</translation>
    </message>
    <message>
        <source>Draft model:</source>
        <translation>نموذج المسودة:</translation>
    </message>
    <message>
        <source>Tokens at once:</source>
        <translation>الرموز دفعة واحدة:</translation>
    </message>
    <message>
        <source>Choose a draft model</source>
        <translation>اختيار نموذج مسودة</translation>
    </message>
    <message>
        <source>Choose the draft model, or another way of guessing.</source>
        <translation>اختر نموذج المسودة، أو طريقة أخرى للتخمين.</translation>
    </message>
</context>
<context>
    <name>Strengths</name>
    <message>
        <source>chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>code</source>
        <translation>البرمجة</translation>
    </message>
    <message>
        <source>many languages</source>
        <translation>لغات كثيرة</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>الاستدلال</translation>
    </message>
    <message>
        <source>small and fast</source>
        <translation>صغير وسريع</translation>
    </message>
    <message>
        <source>thinks first</source>
        <translation>يفكر أولًا</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>images</source>
        <translation>الصور</translation>
    </message>
</context>
<context>
    <name>ThinkToggle</name>
    <message>
        <source>Thinking</source>
        <translation>التفكير</translation>
    </message>
    <message>
        <source>How much this model thinks before it answers, in this conversation</source>
        <translation>مقدار تفكير هذا النموذج قبل أن يجيب، في هذه المحادثة</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>Think: %1</source>
        <translation>التفكير: %1</translation>
    </message>
</context>
<context>
    <name>Thinking</name>
    <message>
        <source>Thought for %1</source>
        <translation>فكّر لمدة %1</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>فكّر</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(مقطوع)</translation>
    </message>
    <message>
        <source>Show or hide how the model thought</source>
        <translation>إظهار طريقة تفكير النموذج أو إخفاؤها</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>يفكّر…</translation>
    </message>
</context>
<context>
    <name>ToolBlocks</name>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <source>Show or hide what was sent and what came back</source>
        <translation>إظهار أو إخفاء ما أُرسل وما عاد</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>أُرسل:</translation>
    </message>
    <message>
        <source>Came back:</source>
        <translation>عاد:</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tool servers</source>
        <translation>خوادم الأدوات</translation>
    </message>
    <message>
        <source>The server&apos;s state and the end of its log</source>
        <translation>حالة الخادم ونهاية سجله</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <source>&amp;Paste JSON…</source>
        <translation>&amp;لصق JSON…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>إعادة ال&amp;تشغيل</translation>
    </message>
    <message>
        <source>Most rounds of tool calls in one reply</source>
        <translation>أقصى عدد من جولات استدعاء الأدوات في رد واحد</translation>
    </message>
    <message>
        <source>Programs on this computer that give the model tools (MCP servers). A conversation uses them when its Tools switch is on, and you are asked before each call.</source>
        <translation>برامج على هذا الحاسوب تمنح النموذج أدوات (خوادم MCP). تستخدمها المحادثة حين يكون مفتاح «الأدوات» فيها مفعّلًا، ويُطلب إذنك قبل كل استدعاء.</translation>
    </message>
    <message>
        <source>Most rounds of calls in one reply:</source>
        <translation>أقصى جولات الاستدعاء في الرد الواحد:</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
</context>
<context>
    <name>ToolsToggle</name>
    <message>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>Let the model call your tool servers in this conversation (you are asked before each call)</source>
        <translation>السماح للنموذج باستدعاء خوادم أدواتك في هذه المحادثة (يُطلب إذنك قبل كل استدعاء)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LlamaDesk</source>
        <translation>مرحبًا بك في LlamaDesk</translation>
    </message>
    <message>
        <source>Chat with Llama 2 on this computer. After one download, nothing you write leaves it.</source>
        <translation>دردش مع Llama 2 على هذا الحاسوب. بعد تنزيل واحد، لا يغادره شيء مما تكتبه.</translation>
    </message>
    <message>
        <source>Read the license and download</source>
        <translation>اقرأ الترخيص ونزّل</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer:&lt;/b&gt; %1 (%2), a %3 download that needs about %4 of memory.</source>
        <translation>&lt;b&gt;موصى به لهذا الحاسوب:&lt;/b&gt; %1 (%2)، تنزيل حجمه %3 ويحتاج إلى نحو %4 من الذاكرة.</translation>
    </message>
    <message>
        <source>Expected speed here: about %1 tokens a second; bigger models would be slower.</source>
        <translation>السرعة المتوقعة هنا: نحو %1 رمزًا في الثانية؛ النماذج الأكبر ستكون أبطأ.</translation>
    </message>
    <message>
        <source>No Llama 2 model fits this computer&apos;s memory comfortably. You can still choose one, or import a smaller GGUF model.</source>
        <translation>لا يتسع أي نموذج Llama 2 بارتياح في ذاكرة هذا الحاسوب. لا يزال بإمكانك اختيار واحد، أو استيراد نموذج GGUF أصغر.</translation>
    </message>
    <message>
        <source>Other models…</source>
        <translation>نماذج أخرى…</translation>
    </message>
    <message>
        <source>Llama 3.x, Qwen3, Gemma 3 and more, or search the Hugging Face Hub</source>
        <translation>Llama 3.x وQwen3 وGemma 3 وغيرها، أو ابحث في Hugging Face Hub</translation>
    </message>
    <message>
        <source>Import a GGUF…</source>
        <translation>استيراد GGUF…</translation>
    </message>
    <message>
        <source>Use the selected model</source>
        <translation>استخدام النموذج المحدد</translation>
    </message>
    <message>
        <source>Models already on this computer (Hugging Face cache, LM Studio):</source>
        <translation>نماذج موجودة على هذا الحاسوب (ذاكرة Hugging Face المؤقتة، LM Studio):</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>جارٍ التحقق من %1…</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>استيراد نموذج GGUF</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3, %4, %5 left</source>
        <translation>جارٍ تنزيل %1: %2 من %3، %4، متبقٍّ %5</translation>
    </message>
    <message>
        <source>Downloaded and checked. Loading…</source>
        <translation>نُزّل وتُحقق منه. جارٍ التحميل…</translation>
    </message>
    <message>
        <source>The download failed.</source>
        <translation>فشل التنزيل.</translation>
    </message>
    <message>
        <source>Paused. Resume it from Models › Downloads.</source>
        <translation>متوقف مؤقتًا. استأنفه من النماذج › التنزيلات.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;دردشة جديدة</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;فتح نموذج…</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;تصدير المحادثة…</translation>
    </message>
    <message>
        <source>Export &amp;all conversations…</source>
        <translation>تصدير &amp;كل المحادثات…</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>&amp;استيراد محادثات…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;النماذج…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>&amp;تعديل آخر رسالة</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>&amp;إعادة توليد الرد</translation>
    </message>
    <message>
        <source>&amp;Continue reply</source>
        <translation>&amp;متابعة الرد</translation>
    </message>
    <message>
        <source>&amp;Previous version of the reply</source>
        <translation>النسخة ال&amp;سابقة من الرد</translation>
    </message>
    <message>
        <source>&amp;Next version of the reply</source>
        <translation>النسخة ال&amp;تالية من الرد</translation>
    </message>
</context>
<context>
    <name>_Start</name>
    <message>
        <source>LlamaDesk could not start: %1. Details are in the log file.</source>
        <translation>تعذّر تشغيل LlamaDesk: %1. التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>_Thumb</name>
    <message>
        <source>image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4)</source>
        <translation>%1 (%2 × %3، %4)</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>الصورة المرفقة %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
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
        <translation>واجه LlamaDesk خللًا</translation>
    </message>
    <message>
        <source>Something went wrong inside LlamaDesk. Your conversations are saved. The details below are also in the log file; please include them in a bug report.</source>
        <translation>حدث خطأ داخل LlamaDesk. محادثاتك محفوظة. التفاصيل أدناه موجودة أيضًا في ملف السجل؛ يُرجى إرفاقها ببلاغ الخلل.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The history file is damaged (SQLite finds it malformed). LlamaDesk has not changed it. Move history.sqlite3 out of the data folder to start afresh, or put back a backup from the same folder (history.sqlite3.before-….bak).</source>
        <translation>ملف السجل تالف (يراه SQLite مشوّه البنية). لم يغيّره LlamaDesk. انقل history.sqlite3 خارج مجلد البيانات للبدء من جديد، أو أعِد نسخة احتياطية من المجلد نفسه (history.sqlite3.before-….bak).</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (it holds %2), so LlamaDesk left it as it is. Move it out of the data folder, or choose another data folder.</source>
        <translation>%1 قاعدة بيانات لبرنامج آخر (تحتوي على %2)، لذا تركها LlamaDesk كما هي. انقلها خارج مجلد البيانات، أو اختر مجلد بيانات آخر.</translation>
    </message>
    <message>
        <source>This history was written by a newer LlamaDesk (history format %1; this version reads up to %2). Nothing was changed: update LlamaDesk to open it.</source>
        <translation>كُتب هذا السجل بإصدار أحدث من LlamaDesk (تنسيق السجل %1؛ يقرأ هذا الإصدار حتى %2). لم يُغيَّر شيء: حدّث LlamaDesk لفتحه.</translation>
    </message>
    <message>
        <source>%1 is damaged: its setting %2 is %3, which no model can have. Download the model again, or ask whoever made the file.</source>
        <translation>%1 تالف: قيمة الإعداد %2 هي %3، ولا يمكن لأي نموذج أن تكون له هذه القيمة. نزّل النموذج مرة أخرى، أو اسأل من أنشأ الملف.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template has no place for a system prompt, so the system prompt is put at the start of the first message.</source>
        <translation>لا يتضمن قالب المحادثة لهذا النموذج مكانًا لموجّه النظام، لذا يوضع موجّه النظام في بداية الرسالة الأولى.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), so LlamaDesk uses llama.cpp&apos;s built-in “%2” format, which it matches.</source>
        <translation>تعذّر استخدام قالب المحادثة لهذا النموذج (%1)، لذا يستخدم LlamaDesk تنسيق llama.cpp المدمج «%2» المطابق له.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used (%1), and it matches none of llama.cpp&apos;s built-in formats, so the conversation is sent as plain text. Replies may be poorer.</source>
        <translation>تعذّر استخدام قالب المحادثة لهذا النموذج (%1)، ولا يطابق أيًّا من تنسيقات llama.cpp المدمجة، لذا تُرسل المحادثة نصًا عاديًا. قد تكون الردود أضعف.</translation>
    </message>
    <message>
        <source>%1 cannot read images: %2</source>
        <translation>لا يستطيع %1 قراءة الصور: %2</translation>
    </message>
    <message>
        <source>Only a reply can be regenerated.</source>
        <translation>لا يمكن إعادة توليد إلا الرد.</translation>
    </message>
    <message>
        <source>This reply has no message to answer.</source>
        <translation>لا توجد رسالة يجيب عنها هذا الرد.</translation>
    </message>
    <message>
        <source>This message and its images do not fit the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Send fewer images, shorten the message, or raise the context size.</source>
        <translation>هذه الرسالة وصورها لا تتسع في نافذة سياق النموذج: يحتاج الموجّه إلى %1 رمزًا والنافذة تتسع لـ %2، منها %3 محجوزة للرد. أرسل صورًا أقل، أو اختصر الرسالة، أو زد حجم السياق.</translation>
    </message>
    <message>
        <source>This message is too long for the model&apos;s context window: the prompt needs %1 tokens and the window holds %2, with %3 kept for the reply. Shorten the message or the system prompt, or raise the context size.</source>
        <translation>هذه الرسالة أطول من نافذة سياق النموذج: يحتاج الموجّه إلى %1 رمز والنافذة تتسع لـ %2، منها %3 محجوزة للرد. اختصر الرسالة أو موجّه النظام، أو زد حجم السياق.</translation>
    </message>
    <message>
        <source>The model file does not exist: %1</source>
        <translation>ملف النموذج غير موجود: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a model file.</source>
        <translation>%1 مجلد وليس ملف نموذج.</translation>
    </message>
    <message>
        <source>The model file could not be read: %1.</source>
        <translation>تعذّرت قراءة ملف النموذج: %1.</translation>
    </message>
    <message>
        <source>%1 is not a GGUF model file. LlamaDesk runs .gguf models, such as those in TheBloke/Llama-2-7B-Chat-GGUF.</source>
        <translation>%1 ليس ملف نموذج GGUF. يشغّل LlamaDesk نماذج ‎.gguf مثل تلك الموجودة في TheBloke/Llama-2-7B-Chat-GGUF.</translation>
    </message>
    <message>
        <source>%1 uses GGUF version %2, which this LlamaDesk cannot read (it reads versions %3).</source>
        <translation>يستخدم %1 الإصدار %2 من GGUF، ولا يستطيع هذا الإصدار من LlamaDesk قراءته (يقرأ الإصدارات %3).</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. It should hold at least %2 bytes but has %3. The download was probably cut off: download it again.</source>
        <translation>%1 غير مكتمل أو تالف. يجب أن يحوي %2 بايت على الأقل لكنه يحوي %3. انقطع التنزيل على الأرجح: نزّله من جديد.</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged. The download was probably cut off: download it again.</source>
        <translation>%1 غير مكتمل أو تالف. انقطع التنزيل على الأرجح: نزّله من جديد.</translation>
    </message>
    <message>
        <source>llama.cpp could not load %1 (architecture &apos;%2&apos;). The architecture may be unsupported by this version of LlamaDesk, or the file may be damaged.</source>
        <translation>تعذّر على llama.cpp تحميل %1 (البنية «%2»). قد لا يدعم هذا الإصدار من LlamaDesk هذه البنية، أو قد يكون الملف تالفًا.</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory on this computer even with the pool&apos;s help, but only %3 is free. Add a worker, or close other programs.</source>
        <translation>يحتاج %1 إلى نحو %2 من الذاكرة على هذا الحاسوب حتى بمساعدة المجموعة، لكن المتاح %3 فقط. أضف حاسوبًا عاملًا أو أغلق برامج أخرى.</translation>
    </message>
    <message>
        <source>Pooled: %1 of %2 layers run on %3.</source>
        <translation>ضمن المجموعة: %1 من %2 طبقة تعمل على %3.</translation>
    </message>
    <message>
        <source>Context: %1 tokens, LlamaDesk&apos;s default (the model takes up to %2).</source>
        <translation>السياق: %1 رمز، وهو افتراضي LlamaDesk (يقبل النموذج حتى %2).</translation>
    </message>
    <message>
        <source>%1 needs about %2 of memory (at a context of %3 tokens), but only %4 is free. Close other programs, or choose a smaller model or quantization.</source>
        <translation>يحتاج %1 إلى نحو %2 من الذاكرة (بسياق %3 رمز)، لكن المتاح %4 فقط. أغلق برامج أخرى، أو اختر نموذجًا أو تكميمًا أصغر.</translation>
    </message>
    <message>
        <source>Running on the CPU: this build of llama.cpp has no GPU support.</source>
        <translation>يعمل على المعالج: هذا الإصدار من llama.cpp لا يدعم GPU.</translation>
    </message>
    <message>
        <source>Running on the CPU: no %1 GPU was found.</source>
        <translation>يعمل على المعالج: لم يُعثر على GPU من نوع %1.</translation>
    </message>
    <message>
        <source>Running on the CPU: GPU offload is turned off.</source>
        <translation>يعمل على المعالج: نقل الحمل إلى GPU متوقف.</translation>
    </message>
    <message>
        <source>Running on the CPU: the model does not fit in the free memory of %1 (%2 free).</source>
        <translation>يعمل على المعالج: لا يتسع النموذج في الذاكرة الحرة لـ %1 (المتاح %2).</translation>
    </message>
    <message>
        <source>%1 of %2 layers fit on %3; the rest run on the CPU, which is slower.</source>
        <translation>تتسع %1 من %2 طبقة على %3؛ ويعمل الباقي على المعالج، وهو أبطأ.</translation>
    </message>
    <message>
        <source>The context window was lowered from %1 to %2 tokens because memory is short.</source>
        <translation>خُفّضت نافذة السياق من %1 إلى %2 رمز لأن الذاكرة لا تكفي.</translation>
    </message>
    <message>
        <source>Loading onto %1 failed, so the model runs on the CPU instead, which is slower.</source>
        <translation>فشل التحميل على %1، لذا يعمل النموذج على المعالج بدلًا منه، وهو أبطأ.</translation>
    </message>
    <message>
        <source>Not a chat model: text is continued as written.</source>
        <translation>ليس نموذج محادثة: يُكمَل النص كما كُتب.</translation>
    </message>
    <message>
        <source>The model failed while answering: %1</source>
        <translation>فشل النموذج أثناء الرد: %1</translation>
    </message>
    <message>
        <source>Replies are sped up by prompt lookup instead.</source>
        <translation>بدلًا من ذلك، تُسرَّع الردود بالتخمين من المحادثة.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, so the reply stops here; it is kept, marked interrupted. Load the model again to go on.</source>
        <translation>توقف الحاسوب العامل %1 عن الاستجابة، لذا يتوقف الرد هنا؛ وهو محفوظ ومعلَّم بأنه مقاطَع. حمّل النموذج مجددًا للمتابعة.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering while the model loaded.</source>
        <translation>توقف الحاسوب العامل %1 عن الاستجابة أثناء تحميل النموذج.</translation>
    </message>
    <message>
        <source>no projector was loaded with it.</source>
        <translation>لم يُحمَّل معه أي مُسقِط.</translation>
    </message>
    <message>
        <source>it is not a vision model, or its projector file (mmproj….gguf) is not beside it.</source>
        <translation>ليس نموذج رؤية، أو أن ملف المُسقِط (mmproj….gguf) ليس بجانبه.</translation>
    </message>
    <message>
        <source>this build of the engine has no image support (libmtmd).</source>
        <translation>هذا الإصدار من المحرك لا يدعم الصور (libmtmd).</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub.</source>
        <translation>رُفض اسم الملف %1 القادم من Hub.</translation>
    </message>
    <message>
        <source>Refusing the file name %1 from the Hub: it points outside the models folder.</source>
        <translation>رُفض اسم الملف %1 القادم من Hub: يشير إلى خارج مجلد النماذج.</translation>
    </message>
    <message>
        <source>Not enough free disk space for %1: it needs %2 more, and only %3 is free in %4.</source>
        <translation>لا توجد مساحة حرة كافية لـ %1: يحتاج إلى %2 إضافية، والمتاح %3 فقط في %4.</translation>
    </message>
    <message>
        <source>The download of %1 kept failing (%2). What arrived is kept: try again to resume.</source>
        <translation>فشل تنزيل %1 مرارًا (%2). ما وصل محفوظ: حاول مجددًا للاستئناف.</translation>
    </message>
    <message>
        <source>The Hub refused the download (%1): check your token and that your account has access to this model.</source>
        <translation>رفض Hub التنزيل (%1): تحقق من رمزك ومن أن لحسابك إمكانية الوصول إلى هذا النموذج.</translation>
    </message>
    <message>
        <source>The file is no longer on the Hub.</source>
        <translation>لم يعد الملف موجودًا على Hub.</translation>
    </message>
    <message>
        <source>The Hub answered %1.</source>
        <translation>أجاب Hub بـ %1.</translation>
    </message>
    <message>
        <source>%1 arrived damaged and was deleted: expected %2 bytes with SHA-256 %3, received %4 bytes with SHA-256 %5. Download it again.</source>
        <translation>وصل %1 تالفًا وحُذف: المتوقع %2 بايت بـ SHA-256 %3، والمستلم %4 بايت بـ SHA-256 %5. نزّله من جديد.</translation>
    </message>
    <message>
        <source>The disk filled up during the download. Free some space and try again: it resumes.</source>
        <translation>امتلأ القرص أثناء التنزيل. حرّر بعض المساحة وحاول مجددًا: سيُستأنف.</translation>
    </message>
    <message>
        <source>The download could not be written to the disk (%1). Try again: it resumes.</source>
        <translation>تعذّرت كتابة التنزيل على القرص (%1). حاول مرة أخرى: سيُستأنف.</translation>
    </message>
    <message>
        <source>HF_HUB_OFFLINE is set, so LlamaDesk will not contact the Hub. Unset it to download or check models.</source>
        <translation>المتغير HF_HUB_OFFLINE مضبوط، لذا لن يتصل LlamaDesk بـ Hub. أزله لتنزيل النماذج أو فحصها.</translation>
    </message>
    <message>
        <source>The Hub could not be reached: %1</source>
        <translation>تعذّر الوصول إلى Hub: %1</translation>
    </message>
    <message>
        <source>There is no model %1 on the Hub.</source>
        <translation>لا يوجد نموذج %1 على Hub.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub cannot be reached from this computer now, so models cannot be searched or downloaded; everything else works offline.</source>
        <translation>لا يمكن الوصول إلى Hugging Face Hub من هذا الحاسوب الآن، لذا لا يمكن البحث عن النماذج أو تنزيلها؛ أما كل ما عدا ذلك فيعمل دون اتصال.</translation>
    </message>
    <message>
        <source>%1 is gated: its owner shares it with signed-in accounts that ask for access on its page. Add a Hugging Face token, ask for access, then open it again (`llamadesk models access %1` says which step is missing).</source>
        <translation>%1 مقيَّد الوصول: يشاركه مالكه مع الحسابات المسجَّلة التي تطلب الوصول من صفحته. أضف رمز Hugging Face، واطلب الوصول، ثم افتحه مجددًا (يخبرك `llamadesk models access %1` بالخطوة الناقصة).</translation>
    </message>
    <message>
        <source>%1 is gated and your Hugging Face account has no access yet: ask for it on the repository&apos;s page, then open it again (`llamadesk models access %1` says what the Hub answers).</source>
        <translation>%1 مقيَّد الوصول وليس لحسابك على Hugging Face وصول إليه بعد: اطلبه من صفحة المستودع، ثم افتحه مجددًا (يعرض `llamadesk models access %1` ما يجيب به Hub).</translation>
    </message>
    <message>
        <source>part %1 of %2 is missing from the repo</source>
        <translation>الجزء %1 من %2 مفقود من المستودع</translation>
    </message>
    <message>
        <source>%1 is gated and this account has no access: ask for it on the repository&apos;s page, or run `llamadesk models access %1` for what to do.</source>
        <translation>%1 مقيّد ولا يملك هذا الحساب إمكانية الوصول: اطلبها من صفحة المستودع، أو شغّل `llamadesk models access %1` لمعرفة ما يجب فعله.</translation>
    </message>
    <message>
        <source>%1 is not in %2, or the Hub gave no hash for it.</source>
        <translation>%1 غير موجود في %2، أو لم يقدّم Hub بصمته.</translation>
    </message>
    <message>
        <source>%1 cannot be downloaded: %2.</source>
        <translation>لا يمكن تنزيل %1: %2.</translation>
    </message>
    <message>
        <source>%1 changed on the Hub since it was listed (its size or hash is not the same): look at the repository again.</source>
        <translation>تغيّر %1 على الـ Hub منذ عرضه (اختلف حجمه أو بصمته): انظر إلى المستودع مرة أخرى.</translation>
    </message>
    <message>
        <source>The projector could not be copied beside the model: %1</source>
        <translation>تعذّر نسخ المُسقِط بجانب النموذج: %1</translation>
    </message>
    <message>
        <source>%1 is already in the models folder.</source>
        <translation>%1 موجود مسبقًا في مجلد النماذج.</translation>
    </message>
    <message>
        <source>%1 is loaded. Load another model or close it first.</source>
        <translation>%1 محمّل. حمّل نموذجًا آخر أو أغلقه أولًا.</translation>
    </message>
    <message>
        <source>No installed model has the id %1 (see `llamadesk models list`).</source>
        <translation>لا يوجد نموذج مثبّت بالمعرّف %1 (انظر `llamadesk models list`).</translation>
    </message>
    <message>
        <source>The list of installed models is damaged (%1).</source>
        <translation>قائمة النماذج المثبّتة تالفة (%1).</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>الرمز فارغ.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring (on Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet), so LlamaDesk cannot keep the token safely. It never writes tokens to disk in plain text: use it for this session only, or set HF_TOKEN yourself.</source>
        <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح صالحة (على Linux، ثبّت خدمة Secret Service مثل GNOME Keyring أو KWallet وافتح قفلها)، لذا لا يستطيع LlamaDesk حفظ الرمز بأمان. لا يكتب الرموز على القرص نصًا صريحًا أبدًا: استخدمه لهذه الجلسة فقط، أو اضبط HF_TOKEN بنفسك.</translation>
    </message>
    <message>
        <source>The keyring refused the token (%1). Unlock it and try again.</source>
        <translation>رفضت سلسلة المفاتيح الرمز (%1). افتح قفلها وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The disk is full, so the history could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>القرص ممتلئ، لذا تعذّر حفظ السجل. حرّر بعض المساحة وحاول مجددًا؛ لم يُفقد شيء مما حُفظ.</translation>
    </message>
    <message>
        <source>The history file is locked by another program (is LlamaDesk open twice?).</source>
        <translation>ملف السجل مقفل من برنامج آخر (هل LlamaDesk مفتوح مرتين؟).</translation>
    </message>
    <message>
        <source>The history file could not be opened. Check that its folder exists and is writable.</source>
        <translation>تعذّر فتح ملف السجل. تحقق من أن مجلده موجود وقابل للكتابة.</translation>
    </message>
    <message>
        <source>The history file is read-only.</source>
        <translation>ملف السجل للقراءة فقط.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving the history.</source>
        <translation>أبلغ القرص عن خطأ أثناء حفظ السجل.</translation>
    </message>
    <message>
        <source>The history file is damaged or is not a LlamaDesk database.</source>
        <translation>ملف السجل تالف أو ليس قاعدة بيانات LlamaDesk.</translation>
    </message>
    <message>
        <source>The history file could not be read: %1</source>
        <translation>تعذّرت قراءة ملف السجل: %1</translation>
    </message>
    <message>
        <source>This history needs an update (format %1 to %2), which its read-only folder does not allow. Make the folder writable, then try again.</source>
        <translation>يحتاج هذا السجل إلى تحديث (من التنسيق %1 إلى %2)، ومجلده للقراءة فقط لا يسمح بذلك. اجعل المجلد قابلًا للكتابة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The history folder could not be created: %1</source>
        <translation>تعذّر إنشاء مجلد السجل: %1</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 ليس JSON صالحًا (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>لا يمكن استيراد %1: %2.</translation>
    </message>
    <message>
        <source>LlamaDesk cannot write to its data folder %1 (%2). Reading commands (list, search, export) still work; for anything else, make the folder writable or choose another with --data-dir.</source>
        <translation>لا يستطيع LlamaDesk الكتابة في مجلد بياناته %1 (%2). ما زالت أوامر القراءة (list وsearch وexport) تعمل؛ ولغير ذلك اجعل المجلد قابلًا للكتابة أو اختر غيره بـ --data-dir.</translation>
    </message>
    <message>
        <source>Another LlamaDesk is using the data in %1. Close it first, or choose another folder with --data-dir.</source>
        <translation>نسخة أخرى من LlamaDesk تستخدم البيانات في %1. أغلقها أولًا، أو اختر مجلدًا آخر بـ --data-dir.</translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation>لا توجد محادثة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The image %1 is not in the history.</source>
        <translation>الصورة %1 ليست في السجل.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited; regenerate a reply instead.</source>
        <translation>لا يمكن تعديل إلا رسائلك أنت؛ أعد توليد الرد بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>There is no reply with id %1.</source>
        <translation>لا يوجد رد بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no message with id %1.</source>
        <translation>لا توجد رسالة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>LlamaDesk cannot use its data folder %1: %2.</source>
        <translation>لا يستطيع LlamaDesk استخدام مجلد بياناته %1: %2.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be used: %1</source>
        <translation>لا يمكن استخدام مخطط JSON هذا: %1</translation>
    </message>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>تعذّرت قراءة حلقة مفاتيح النظام: %1</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>لم يُحمَّل أي نموذج.</translation>
    </message>
    <message>
        <source>The model is busy with other requests. Try again shortly.</source>
        <translation>النموذج مشغول بطلبات أخرى. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering, and %2 does not fit on this computer alone. Start the pool on that computer again, then restart `llamadesk serve`.</source>
        <translation>توقف الحاسوب العامل %1 عن الاستجابة، ولا يتسع %2 لهذا الحاسوب وحده. شغّل المجمّع على ذلك الحاسوب مجددًا، ثم أعد تشغيل `llamadesk serve`.</translation>
    </message>
    <message>
        <source>The window chooses the model; the API cannot load another.</source>
        <translation>النافذة هي التي تختار النموذج؛ لا يمكن للواجهة البرمجية تحميل غيره.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while loading %1: %2. The model was not loaded again.</source>
        <translation>أُغلق LlamaDesk فجأة أثناء تحميل %1: %2. لم يُحمَّل النموذج مرة أخرى.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while %1 was answering: %2. The model was not loaded again.</source>
        <translation>أُغلق LlamaDesk فجأة بينما كان %1 يجيب: %2. لم يُحمَّل النموذج مرة أخرى.</translation>
    </message>
    <message>
        <source>LlamaDesk closed unexpectedly while indexing documents with %1: %2. The model was not loaded again.</source>
        <translation>أُغلق LlamaDesk فجأة أثناء فهرسة المستندات باستخدام %1: %2. لم يُحمَّل النموذج مرة أخرى.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while loading %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>أُوقف LlamaDesk من الخارج أثناء تحميل %1 (ربما لنقص الذاكرة). لم يُحمَّل النموذج مرة أخرى.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while %1 was answering (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>أُوقف LlamaDesk من الخارج بينما كان %1 يجيب (ربما لنقص الذاكرة). لم يُحمَّل النموذج مرة أخرى.</translation>
    </message>
    <message>
        <source>LlamaDesk was stopped from outside while indexing documents with %1 (perhaps for lack of memory). The model was not loaded again.</source>
        <translation>أُوقف LlamaDesk من الخارج أثناء فهرسة المستندات باستخدام %1 (ربما لنقص الذاكرة). لم يُحمَّل النموذج مرة أخرى.</translation>
    </message>
    <message>
        <source>The safe settings run it on the CPU only, with the engine configuration below the one that crashed.</source>
        <translation>تشغّله الإعدادات الآمنة على المعالج وحده، بإعداد المحرك الأدنى من الإعداد الذي انهار.</translation>
    </message>
    <message>
        <source>llama.cpp crashed on this computer with %1 in every configuration LlamaDesk tried (%2). The model was not loaded.</source>
        <translation>انهار llama.cpp على هذا الحاسوب مع %1 في كل إعداد جرّبه LlamaDesk (%2). لم يُحمَّل النموذج.</translation>
    </message>
    <message>
        <source>This model needs llama.cpp&apos;s %1 CPU backend, and %2 is already in use: restart LlamaDesk to load it.</source>
        <translation>يحتاج هذا النموذج إلى واجهة المعالج %1 في llama.cpp، و%2 قيد الاستخدام: أعد تشغيل LlamaDesk لتحميله.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it with llama.cpp&apos;s weight repacking off: a little slower.</source>
        <translation>بعد انهيار LlamaDesk مع هذا النوع من النماذج، يشغّله دون إعادة ترتيب الأوزان في llama.cpp: أبطأ قليلًا.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend.</source>
        <translation>بعد انهيار LlamaDesk مع هذا النوع من النماذج، يشغّله على واجهة المعالج %1 في llama.cpp.</translation>
    </message>
    <message>
        <source>After LlamaDesk crashed with this kind of model, it runs it on llama.cpp&apos;s %1 CPU backend with weight repacking off.</source>
        <translation>بعد انهيار LlamaDesk مع هذا النوع من النماذج، يشغّله على واجهة المعالج %1 في llama.cpp دون إعادة ترتيب الأوزان.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s repacked weights (%1), so repacking is off for this kind of model: a little slower, and safe.</source>
        <translation>تعطّل هذا المعالج في الأوزان المعاد ترتيبها في llama.cpp (%1)، لذا أُوقفت إعادة الترتيب لهذا النوع من النماذج: أبطأ قليلًا، وآمن.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend instead.</source>
        <translation>تعطّل هذا المعالج في أسرع شيفرة في llama.cpp (%1)، لذا يستخدم LlamaDesk بدلًا منها واجهة المعالج %2.</translation>
    </message>
    <message>
        <source>This CPU faulted in llama.cpp&apos;s fastest code (%1), so LlamaDesk uses its %2 CPU backend with weight repacking off.</source>
        <translation>تعطّل هذا المعالج في أسرع شيفرة في llama.cpp (%1)، لذا يستخدم LlamaDesk واجهة المعالج %2 دون إعادة ترتيب الأوزان.</translation>
    </message>
    <message>
        <source>The program %1 does not exist or cannot be run.</source>
        <translation>البرنامج %1 غير موجود أو لا يمكن تشغيله.</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Install %2, or give the command&apos;s full path.</source>
        <translation>لم يُعثر على «%1» في هذا الحاسوب. ثبّت %2 أو اكتب المسار الكامل للأمر.</translation>
    </message>
    <message>
        <source>“%1” was not found on this computer. Give the command&apos;s full path.</source>
        <translation>لم يُعثر على «%1» في هذا الحاسوب. اكتب المسار الكامل للأمر.</translation>
    </message>
    <message>
        <source>A server&apos;s name must be 1 to 64 letters, digits, spaces, dots, dashes or underscores: %1</source>
        <translation>يجب أن يتكون اسم الخادم من 1 إلى 64 حرفًا أو رقمًا أو مسافة أو نقطة أو شرطة أو شرطة سفلية: %1</translation>
    </message>
    <message>
        <source>The server “%1” has no command.</source>
        <translation>الخادم «%1» بلا أمر.</translation>
    </message>
    <message>
        <source>The server “%1”: its arguments must be a list of text.</source>
        <translation>الخادم «%1»: يجب أن تكون وسائطه قائمة من النصوص.</translation>
    </message>
    <message>
        <source>The server “%1”: its environment must map variable names to text.</source>
        <translation>الخادم «%1»: يجب أن تربط بيئته أسماء المتغيرات بنصوص.</translation>
    </message>
    <message>
        <source>The server “%1”: its timeout must be 1 to 3600 seconds.</source>
        <translation>الخادم «%1»: يجب أن تكون مهلته من 1 إلى 3600 ثانية.</translation>
    </message>
    <message>
        <source>This is not JSON: %1</source>
        <translation>هذا ليس JSON: %1</translation>
    </message>
    <message>
        <source>Expected {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}.</source>
        <translation>المتوقع {&quot;mcpServers&quot;: {&quot;name&quot;: {&quot;command&quot;: …}}}.</translation>
    </message>
    <message>
        <source>The server “%1” must be an object.</source>
        <translation>يجب أن يكون الخادم «%1» كائنًا.</translation>
    </message>
    <message>
        <source>The server “%1” is reached over the network; LlamaDesk runs only local servers (a command).</source>
        <translation>يُوصَل إلى الخادم «%1» عبر الشبكة؛ لا يشغّل LlamaDesk إلا خوادم محلية (أمرًا).</translation>
    </message>
    <message>
        <source>Downloading this model needs your acceptance of the %1. Read it with `llamadesk models license %2`, then download again with --accept-license.</source>
        <translation>يتطلب تنزيل هذا النموذج موافقتك على %1. اقرأه عبر `llamadesk models license %2`، ثم أعد التنزيل مع --accept-license.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; images up to %3 MB can be attached.</source>
        <translation>حجم %1 هو %2 ميغابايت؛ يمكن إرفاق صور حتى %3 ميغابايت.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 فارغ.</translation>
    </message>
    <message>
        <source>%1 would decode to more than %2 million pixels, which is more than any model reads; it is refused as a possible decompression bomb.</source>
        <translation>سيُفك ترميز %1 إلى أكثر من %2 مليون بكسل، وهو أكثر مما يقرؤه أي نموذج؛ لذا رُفض بوصفه قنبلة فك ضغط محتملة.</translation>
    </message>
    <message>
        <source>%1 is not an image LlamaDesk can read: PNG, JPEG, WebP and GIF are taken (SVG and other formats are not).</source>
        <translation>%1 ليست صورة يستطيع LlamaDesk قراءتها: تُقبل PNG وJPEG وWebP وGIF (ولا تُقبل SVG وغيرها).</translation>
    </message>
    <message>
        <source>%1 is a %2 image; PNG, JPEG, WebP and GIF are taken.</source>
        <translation>%1 صورة من نوع %2؛ تُقبل PNG وJPEG وWebP وGIF.</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short and cannot be read (%2).</source>
        <translation>%1 تالف أو مقطوع ولا يمكن قراءته (%2).</translation>
    </message>
    <message>
        <source>%1 is not a projector GGUF (%2).</source>
        <translation>%1 ليس ملف GGUF لمُسقِط (%2).</translation>
    </message>
    <message>
        <source>%1 is a model, not a projector: a projector&apos;s name usually starts with mmproj.</source>
        <translation>%1 نموذج وليس مُسقِطًا: يبدأ اسم المُسقِط عادةً بـ mmproj.</translation>
    </message>
    <message>
        <source>This build of the engine cannot read images (it has no libmtmd).</source>
        <translation>لا يستطيع هذا الإصدار من المحرك قراءة الصور (ليس فيه libmtmd).</translation>
    </message>
    <message>
        <source>The projector %1 could not be loaded with this model: it may be damaged, or made for another model (its width must match the model&apos;s).</source>
        <translation>تعذّر تحميل المُسقِط %1 مع هذا النموذج: قد يكون تالفًا أو مصنوعًا لنموذج آخر (يجب أن يطابق عرضُه عرضَ النموذج).</translation>
    </message>
    <message>
        <source>%1 is not a vision projector (it reads no images).</source>
        <translation>%1 ليس مُسقِط رؤية (لا يقرأ الصور).</translation>
    </message>
    <message>
        <source>The projector could not read this image.</source>
        <translation>تعذّر على المُسقِط قراءة هذه الصورة.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (another kind of tokenizer). A draft must be a smaller model of the same family.</source>
        <translation>لا يمكن أن يكون %1 مسودة لهذا النموذج: مفرداته ليست نفسها (نوع آخر من المُقسِّم). يجب أن يكون نموذج المسودة نموذجًا أصغر من العائلة نفسها.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (other start and end tokens). A draft must be a smaller model of the same family.</source>
        <translation>لا يمكن أن يكون %1 مسودة لهذا النموذج: مفرداته ليست نفسها (رموز بداية ونهاية مختلفة). يجب أن يكون نموذج المسودة نموذجًا أصغر من العائلة نفسها.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (%2 tokens, not %3). A draft must be a smaller model of the same family.</source>
        <translation>لا يمكن أن يكون %1 مسودة لهذا النموذج: مفرداته ليست نفسها (%2 رمزًا بدلًا من %3). يجب أن يكون نموذج المسودة نموذجًا أصغر من العائلة نفسها.</translation>
    </message>
    <message>
        <source>%1 cannot be the draft for this model: its vocabulary is not the same (token %2 differs). A draft must be a smaller model of the same family.</source>
        <translation>لا يمكن أن يكون %1 مسودة لهذا النموذج: مفرداته ليست نفسها (الرمز %2 مختلف). يجب أن يكون نموذج المسودة نموذجًا أصغر من العائلة نفسها.</translation>
    </message>
    <message>
        <source>%1 is an embedding model; it cannot write a draft.</source>
        <translation>%1 نموذج تضمين؛ لا يمكنه كتابة مسودة.</translation>
    </message>
    <message>
        <source>No pairing code is kept for the pool worker %1: add it again with `llamadesk pool add %1`.</source>
        <translation>لا يوجد رمز اقتران محفوظ للحاسوب العامل %1: أضفه مجددًا بالأمر `llamadesk pool add %1`.</translation>
    </message>
    <message>
        <source>The pool has no worker yet: run `llamadesk pool serve` on another computer, then `llamadesk pool add ADDRESS:PORT` here.</source>
        <translation>لا يضم التجمّع أي حاسوب عامل بعد: شغّل `llamadesk pool serve` على حاسوب آخر، ثم `llamadesk pool add العنوان:المنفذ` هنا.</translation>
    </message>
    <message>
        <source>%1 is not a worker address: write it as host:port, such as 192.168.1.20:50052.</source>
        <translation>%1 ليس عنوان حاسوب عامل: اكتبه بالصيغة مضيف:منفذ، مثل 192.168.1.20:50052.</translation>
    </message>
    <message>
        <source>The pool worker %1 stopped answering in the middle of a reply, so LlamaDesk has to close. The reply so far is kept in the history, marked interrupted.</source>
        <translation>توقف الحاسوب العامل %1 عن الاستجابة في منتصف رد، لذا يجب أن يُغلق LlamaDesk. يُحفظ الرد حتى هذه النقطة في السجل، مُعلَّمًا بأنه منقطع.</translation>
    </message>
    <message>
        <source>This build of LlamaDesk&apos;s engine has no RPC backend, so it cannot pool computers.</source>
        <translation>لا يحتوي هذا الإصدار من محرك LlamaDesk على واجهة RPC، لذا لا يمكنه تجميع الحواسيب.</translation>
    </message>
    <message>
        <source>The pool worker %1 paired but lends no device.</source>
        <translation>تم الاقتران بالحاسوب العامل %1 لكنه لا يُعير أي جهاز.</translation>
    </message>
    <message>
        <source>That is not a pairing code: it is four groups of five letters and digits, as the worker shows it.</source>
        <translation>هذا ليس رمز اقتران: يتكوّن من أربع مجموعات من خمسة أحرف وأرقام، كما يعرضه الحاسوب العامل.</translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so the pairing code cannot be kept. Set %1 for each run instead (host:port=CODE, separated by ;).</source>
        <translation>لا يوجد على هذا الحاسوب حلقة مفاتيح قابلة للاستخدام، لذا لا يمكن حفظ رمز الاقتران. اضبط %1 في كل تشغيل بدلًا من ذلك (مضيف:منفذ=الرمز، مفصولة بـ ;).</translation>
    </message>
    <message>
        <source>The pool worker %1 cannot be reached. Is `llamadesk pool serve` running there, and is the address right?</source>
        <translation>لا يمكن الوصول إلى الحاسوب العامل %1. هل يعمل `llamadesk pool serve` هناك، وهل العنوان صحيح؟</translation>
    </message>
    <message>
        <source>%1 is not a LlamaDesk pool worker.</source>
        <translation>%1 ليس حاسوبًا عاملًا في مجموعة LlamaDesk.</translation>
    </message>
    <message>
        <source>The pool worker %1 runs another version (pool %2, llama.cpp RPC %3; this computer: pool %4, RPC %5). Install the same LlamaDesk version on both.</source>
        <translation>يعمل الحاسوب العامل %1 بإصدار آخر (المجموعة %2، وRPC لـ llama.cpp %3؛ هذا الحاسوب: المجموعة %4، وRPC %5). ثبّت إصدار LlamaDesk نفسه على كليهما.</translation>
    </message>
    <message>
        <source>The pool worker %1 refused the pairing code. Enter the code it shows again.</source>
        <translation>رفض الحاسوب العامل %1 رمز الاقتران. أدخل الرمز الذي يعرضه مرة أخرى.</translation>
    </message>
    <message>
        <source>The pool worker %1 could not prove it knows the pairing code; it may not be the computer you paired.</source>
        <translation>لم يتمكن الحاسوب العامل %1 من إثبات معرفته برمز الاقتران؛ قد لا يكون الحاسوب الذي اقترنت به.</translation>
    </message>
</context>
<context>
    <name>model_actions</name>
    <message>
        <source>Import a GGUF model</source>
        <translation>استيراد نموذج GGUF</translation>
    </message>
    <message>
        <source>Import %1 (%2)?</source>
        <translation>استيراد %1 (%2)؟</translation>
    </message>
    <message>
        <source>Use it where it is: nothing is copied, and LlamaDesk finds it there while the file stays. Copy it: LlamaDesk keeps its own copy in its models folder.</source>
        <translation>استخدمه في مكانه: لا يُنسخ شيء، ويجده LlamaDesk هناك ما دام الملف باقيًا. انسخه: يحتفظ LlamaDesk بنسخته الخاصة في مجلد النماذج.</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>استخدمه في مكانه</translation>
    </message>
    <message>
        <source>Copy into LlamaDesk&apos;s folder</source>
        <translation>انسخه إلى مجلد LlamaDesk</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>نماذج GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>starters</name>
    <message>
        <source>Explain how a refrigerator keeps food cold, in simple words.</source>
        <translation>اشرح بكلمات بسيطة كيف تحفظ الثلاجة الطعام باردًا.</translation>
    </message>
    <message>
        <source>Help me write a polite email asking to move a meeting to next week.</source>
        <translation>ساعدني في كتابة رسالة بريد مهذبة أطلب فيها نقل اجتماع إلى الأسبوع المقبل.</translation>
    </message>
    <message>
        <source>Give me three ideas for a weekend project with my kids.</source>
        <translation>أعطني ثلاث أفكار لمشروع عطلة نهاية الأسبوع مع أطفالي.</translation>
    </message>
    <message>
        <source>Summarise the main points of the text I paste next.</source>
        <translation>لخّص النقاط الرئيسية في النص الذي سألصقه تاليًا.</translation>
    </message>
    <message>
        <source>sends</source>
        <translation>يرسل</translation>
    </message>
    <message>
        <source>starts a new line</source>
        <translation>يبدأ سطرًا جديدًا</translation>
    </message>
    <message>
        <source>stops a reply</source>
        <translation>يوقف الرد</translation>
    </message>
    <message>
        <source>new chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <source>searches your conversations</source>
        <translation>يبحث في محادثاتك</translation>
    </message>
    <message>
        <source>edits your last message</source>
        <translation>يحرّر رسالتك الأخيرة</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>بانتظار إجابتك: %1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>جارٍ تشغيل %1…</translation>
    </message>
</context>
</TS>
