using Dateline.Web.Features.Accounts;

namespace Dateline.Web.Shared;

/// <summary>
/// Interface text of the newsroom in its two languages. A class rather than resource files, as for the public site:
/// a missing translation fails the build. Features add their newsroom strings here.
/// </summary>
public sealed class NewsroomText
{
    public required string Newsroom { get; init; }
    public required string SkipToContent { get; init; }
    public required string MainNavigation { get; init; }
    public required string Dashboard { get; init; }
    public required string Preferences { get; init; }
    public required string SignIn { get; init; }
    public required string SignOut { get; init; }
    public required string SignOutQuestion { get; init; }
    public required string SignedInAs { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string RememberMe { get; init; }
    public required string SignInFailed { get; init; }
    public required string LockedOut { get; init; }
    public required string NotAllowed { get; init; }
    public required string FormInvalid { get; init; }
    public required string OtherLanguage { get; init; }
    public required string Language { get; init; }
    public required string Save { get; init; }
    public required string Saved { get; init; }
    public required string DashboardWelcome { get; init; }
    public required string AccessDeniedTitle { get; init; }
    public required string AccessDeniedMessage { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundMessage { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorMessage { get; init; }
    public required string Users { get; init; }
    public required string Name { get; init; }
    public required string Role { get; init; }
    public required string Status { get; init; }
    public required string Active { get; init; }
    public required string Disabled { get; init; }
    public required string TooManyAttemptsTitle { get; init; }
    public required string TooManyAttemptsMessage { get; init; }
    public required string Security { get; init; }
    public required string SignOutEverywhere { get; init; }
    public required string SignOutEverywhereHelp { get; init; }
    public required string ApiTokens { get; init; }
    public required string ApiTokensHelp { get; init; }
    public required string NewToken { get; init; }
    public required string NewTokenShownOnce { get; init; }
    public required string TokenRevoked { get; init; }
    public required string CreateToken { get; init; }
    public required string TokenName { get; init; }
    public required string Token { get; init; }
    public required string CreatedAt { get; init; }
    public required string LastUsed { get; init; }
    public required string Never { get; init; }
    public required string Revoke { get; init; }
    public required string TokenRevokedState { get; init; }
    public required string TokenNameInvalid { get; init; }
    public required string ApiKeys { get; init; }
    public required string ApiKeysIntro { get; init; }
    public required string CreateApiKey { get; init; }
    public required string ApiKeyCreated { get; init; }
    public required string ApiKeyRevoked { get; init; }
    public required string ApiKeyNameInvalid { get; init; }
    public required string ApiKeyPrefix { get; init; }
    public required string ApiKeyCreatedAt { get; init; }
    public required string ApiKeyRevoke { get; init; }
    public required string ApiKeyRevokedStatus { get; init; }
    public required string AuditLog { get; init; }
    public required string AuditActor { get; init; }
    public required string AuditAction { get; init; }
    public required string AuditAnyAction { get; init; }
    public required string AuditFrom { get; init; }
    public required string AuditTo { get; init; }
    public required string AuditFilter { get; init; }
    public required string AuditEmpty { get; init; }
    public required string AuditWhen { get; init; }
    public required string AuditTarget { get; init; }
    public required string AuditDetail { get; init; }
    public required string AuditNetwork { get; init; }
    public required string AuditOlder { get; init; }
    public required string AuditFilterInvalid { get; init; }
    public required string AuditCommandLine { get; init; }
    public required string UserActions { get; init; }
    public required string UserCreate { get; init; }
    public required string UserFirstPassword { get; init; }
    public required string UserChangeRole { get; init; }
    public required string UserDisable { get; init; }
    public required string UserEnable { get; init; }
    public required string UserResetTwoFactor { get; init; }
    public required string UserLockedOut { get; init; }
    public required string UserCreated { get; init; }
    public required string UserRoleChanged { get; init; }
    public required string UserDisabled { get; init; }
    public required string UserEnabled { get; init; }
    public required string UserTwoFactorReset { get; init; }
    public required string UserRoleInvalid { get; init; }
    public required string UserLastAdmin { get; init; }
    public required string RoleContributor { get; init; }
    public required string RoleEditor { get; init; }
    public required string RoleAdmin { get; init; }
    public required string On { get; init; }
    public required string Off { get; init; }
    public required string TwoFactor { get; init; }
    public required string TwoFactorIntro { get; init; }
    public required string TwoFactorSetUp { get; init; }
    public required string TwoFactorScan { get; init; }
    public required string TwoFactorQrLabel { get; init; }
    public required string TwoFactorKey { get; init; }
    public required string TwoFactorCode { get; init; }
    public required string TwoFactorTurnOn { get; init; }
    public required string TwoFactorTurnOff { get; init; }
    public required string TwoFactorIsOn { get; init; }
    public required string TwoFactorTurnedOn { get; init; }
    public required string TwoFactorTurnedOff { get; init; }
    public required string TwoFactorCodeWrong { get; init; }
    public required string TwoFactorRequired { get; init; }
    public required string TwoFactorRequiredForAdmins { get; init; }
    public required string RecoveryCodes { get; init; }
    public required string RecoveryCodesHelp { get; init; }
    public required string NewRecoveryCodes { get; init; }
    public required string SignInCode { get; init; }
    public required string SignInCodeHelp { get; init; }
    public required string SignInCodeWrong { get; init; }
    public required string Verify { get; init; }

    public static NewsroomText For(string language) => language == NewsroomLanguages.Arabic ? Arabic : English;

    public static readonly NewsroomText English = new()
    {
        Newsroom = "Newsroom",
        SkipToContent = "Skip to content",
        MainNavigation = "Newsroom",
        Dashboard = "Dashboard",
        Preferences = "Preferences",
        SignIn = "Sign in",
        SignOut = "Sign out",
        SignOutQuestion = "Sign out of the newsroom on this device?",
        SignedInAs = "Signed in as",
        Email = "Email",
        Password = "Password",
        RememberMe = "Keep me signed in on this device",
        SignInFailed = "The email or password is not right.",
        LockedOut = "Too many failed attempts. This account is locked for a while; try again later.",
        NotAllowed = "This account may not sign in. Ask an administrator.",
        FormInvalid = "Please correct the fields marked below.",
        OtherLanguage = "عربي",
        Language = "Newsroom language",
        Save = "Save",
        Saved = "Saved.",
        DashboardWelcome = "Welcome to the newsroom.",
        AccessDeniedTitle = "Not allowed",
        AccessDeniedMessage = "Your role does not allow this page. Ask an administrator if you need it.",
        NotFoundTitle = "Not found",
        NotFoundMessage = "There is nothing at this address in the newsroom.",
        ErrorTitle = "Something went wrong",
        ErrorMessage = "The newsroom could not do that. Please try again in a moment.",
        Users = "Users",
        Name = "Name",
        Role = "Role",
        Status = "Status",
        Active = "Active",
        Disabled = "Disabled",
        TooManyAttemptsTitle = "Too many attempts",
        TooManyAttemptsMessage = "Too many sign-in attempts came from your network. Wait a minute, then try again.",
        Security = "Security",
        SignOutEverywhere = "Sign out everywhere",
        SignOutEverywhereHelp = "Ends your sessions on every device and browser, this one included. Your API tokens keep working; revoke them separately.",
        ApiTokens = "API tokens",
        ApiTokensHelp = "A token lets a script or app use the newsroom API as you, with your role: send it as Authorization: Bearer followed by the token. Revoke a token you no longer use.",
        NewToken = "Your new token",
        NewTokenShownOnce = "Copy it now: it is shown only this once. Dateline keeps only a fingerprint of it.",
        TokenRevoked = "The token is revoked; requests with it are refused from now on.",
        CreateToken = "Create a token",
        TokenName = "What is it for?",
        Token = "Token",
        CreatedAt = "Created",
        LastUsed = "Last used",
        Never = "Never",
        Revoke = "Revoke",
        TokenRevokedState = "Revoked",
        TokenNameInvalid = "Give the token a name of 1 to 100 characters.",
        ApiKeys = "API keys",
        ApiKeysIntro = "Keys let partners and apps read the content API; they send one in the X-Api-Key header.",
        CreateApiKey = "Create a key",
        ApiKeyCreated = "Key for {0} created. Copy it now: it is not shown again.",
        ApiKeyRevoked = "Key {0} revoked: requests with it are refused from now on.",
        ApiKeyNameInvalid = "Enter a name of 1 to 200 characters.",
        ApiKeyPrefix = "Key",
        ApiKeyCreatedAt = "Created",
        ApiKeyRevoke = "Revoke",
        ApiKeyRevokedStatus = "Revoked",
        AuditLog = "Audit log",
        AuditActor = "Who",
        AuditAction = "Action",
        AuditAnyAction = "Any action",
        AuditFrom = "From (UTC)",
        AuditTo = "To (UTC)",
        AuditFilter = "Filter",
        AuditEmpty = "No entries match.",
        AuditWhen = "When",
        AuditTarget = "On",
        AuditDetail = "Detail",
        AuditNetwork = "Network",
        AuditOlder = "Older entries",
        AuditFilterInvalid = "Check the dates: use valid dates, the first not after the second.",
        AuditCommandLine = "Command line",
        UserActions = "Actions",
        UserCreate = "Add a user",
        UserFirstPassword = "First password (at least 12 characters; give it to the user in person)",
        UserChangeRole = "Change role",
        UserDisable = "Disable",
        UserEnable = "Enable",
        UserResetTwoFactor = "Reset two-factor",
        UserLockedOut = "Locked",
        UserCreated = "The user is added and can sign in.",
        UserRoleChanged = "The role is changed; it applies from the user's next request.",
        UserDisabled = "The user is disabled: they cannot sign in, and their sessions and API tokens stop working.",
        UserEnabled = "The user is enabled and can sign in again.",
        UserTwoFactorReset = "Two-factor sign-in of the user is reset: they sign in with the password and can enrol again.",
        UserRoleInvalid = "Choose Contributor, Editor or Admin.",
        UserLastAdmin = "This is the last active Admin. Make another user Admin first.",
        RoleContributor = "Contributor",
        RoleEditor = "Editor",
        RoleAdmin = "Admin",
        On = "On",
        Off = "Off",
        TwoFactor = "Two-factor sign-in",
        TwoFactorIntro = "Besides your password, signing in asks for a code from an authenticator app on your phone, which changes every 30 seconds.",
        TwoFactorSetUp = "Set up two-factor sign-in",
        TwoFactorScan = "Scan this code with your authenticator app, or type the key into it, then enter the code the app shows.",
        TwoFactorQrLabel = "QR code of your authenticator key",
        TwoFactorKey = "Key",
        TwoFactorCode = "Code from your app",
        TwoFactorTurnOn = "Turn on",
        TwoFactorTurnOff = "Turn off two-factor sign-in",
        TwoFactorIsOn = "Two-factor sign-in is on",
        TwoFactorTurnedOn = "Two-factor sign-in is on. From now on, signing in asks for a code from your app.",
        TwoFactorTurnedOff = "Two-factor sign-in is off; the old key and recovery codes no longer work.",
        TwoFactorCodeWrong = "That code is not right. Check that your phone's clock is right and enter the newest code.",
        TwoFactorRequired = "Admins must use two-factor sign-in. Set it up to continue.",
        TwoFactorRequiredForAdmins = "Admins must keep two-factor sign-in on.",
        RecoveryCodes = "Recovery codes",
        RecoveryCodesHelp = "Keep these somewhere safe: each one signs you in once if you lose your phone. They are shown only now.",
        NewRecoveryCodes = "New recovery codes",
        SignInCode = "Authentication code",
        SignInCodeHelp = "Enter the 6-digit code from your authenticator app, or one of your recovery codes.",
        SignInCodeWrong = "The code is not right.",
        Verify = "Verify",
    };

    public static readonly NewsroomText Arabic = new()
    {
        Newsroom = "غرفة الأخبار",
        SkipToContent = "انتقل إلى المحتوى",
        MainNavigation = "غرفة الأخبار",
        Dashboard = "لوحة التحكم",
        Preferences = "التفضيلات",
        SignIn = "تسجيل الدخول",
        SignOut = "تسجيل الخروج",
        SignOutQuestion = "هل تريد تسجيل الخروج من غرفة الأخبار على هذا الجهاز؟",
        SignedInAs = "مسجّل الدخول باسم",
        Email = "البريد الإلكتروني",
        Password = "كلمة المرور",
        RememberMe = "إبقائي مسجّلاً على هذا الجهاز",
        SignInFailed = "البريد الإلكتروني أو كلمة المرور غير صحيحة.",
        LockedOut = "محاولات فاشلة كثيرة. الحساب مقفل مؤقتاً؛ حاول لاحقاً.",
        NotAllowed = "لا يمكن لهذا الحساب تسجيل الدخول. راجع المسؤول.",
        FormInvalid = "يرجى تصحيح الحقول المشار إليها أدناه.",
        OtherLanguage = "English",
        Language = "لغة غرفة الأخبار",
        Save = "حفظ",
        Saved = "تم الحفظ.",
        DashboardWelcome = "مرحباً بك في غرفة الأخبار.",
        AccessDeniedTitle = "غير مسموح",
        AccessDeniedMessage = "دورك لا يسمح بهذه الصفحة. راجع المسؤول إذا احتجت إليها.",
        NotFoundTitle = "غير موجود",
        NotFoundMessage = "لا شيء على هذا العنوان في غرفة الأخبار.",
        ErrorTitle = "حدث خطأ",
        ErrorMessage = "تعذّر على غرفة الأخبار تنفيذ ذلك. حاول مرة أخرى بعد قليل.",
        Users = "المستخدمون",
        Name = "الاسم",
        Role = "الدور",
        Status = "الحالة",
        Active = "نشط",
        Disabled = "معطّل",
        TooManyAttemptsTitle = "محاولات كثيرة",
        TooManyAttemptsMessage = "وصلت محاولات تسجيل دخول كثيرة من شبكتك. انتظر دقيقة ثم حاول مرة أخرى.",
        Security = "الأمان",
        SignOutEverywhere = "تسجيل الخروج من كل الأجهزة",
        SignOutEverywhereHelp = "ينهي جلساتك على كل الأجهزة والمتصفحات، ومنها هذا. رموز الواجهة البرمجية تبقى صالحة؛ ألغها على حدة.",
        ApiTokens = "رموز الواجهة البرمجية",
        ApiTokensHelp = "يتيح الرمز لبرنامج أو تطبيق استخدام واجهة غرفة الأخبار البرمجية باسمك وبدورك: أرسله في الترويسة Authorization: Bearer متبوعة بالرمز. ألغِ أي رمز لم تعد تستخدمه.",
        NewToken = "رمزك الجديد",
        NewTokenShownOnce = "انسخه الآن: لن يظهر إلا هذه المرة. لا يحتفظ Dateline إلا ببصمة له.",
        TokenRevoked = "أُلغي الرمز؛ تُرفض الطلبات التي تحمله من الآن.",
        CreateToken = "إنشاء رمز",
        TokenName = "ما الغرض منه؟",
        Token = "الرمز",
        CreatedAt = "أُنشئ",
        LastUsed = "آخر استخدام",
        Never = "لم يُستخدم",
        Revoke = "إلغاء",
        TokenRevokedState = "ملغى",
        TokenNameInvalid = "سمِّ الرمز باسم من حرف إلى 100 حرف.",
        ApiKeys = "مفاتيح واجهة المحتوى",
        ApiKeysIntro = "تتيح المفاتيح للشركاء والتطبيقات قراءة واجهة المحتوى البرمجية، ويُرسَل المفتاح في الترويسة X-Api-Key.",
        CreateApiKey = "إنشاء مفتاح",
        ApiKeyCreated = "أُنشئ مفتاح لـ {0}. انسخه الآن، فلن يُعرض مرة أخرى.",
        ApiKeyRevoked = "أُلغي المفتاح {0}، وتُرفض الطلبات التي تحمله من الآن.",
        ApiKeyNameInvalid = "أدخل اسمًا من حرف واحد إلى 200 حرف.",
        ApiKeyPrefix = "المفتاح",
        ApiKeyCreatedAt = "تاريخ الإنشاء",
        ApiKeyRevoke = "إلغاء",
        ApiKeyRevokedStatus = "ملغى",
        AuditLog = "سجل التدقيق",
        AuditActor = "المنفّذ",
        AuditAction = "الإجراء",
        AuditAnyAction = "أي إجراء",
        AuditFrom = "من (UTC)",
        AuditTo = "إلى (UTC)",
        AuditFilter = "تصفية",
        AuditEmpty = "لا توجد إدخالات مطابقة.",
        AuditWhen = "الوقت",
        AuditTarget = "على",
        AuditDetail = "التفاصيل",
        AuditNetwork = "الشبكة",
        AuditOlder = "إدخالات أقدم",
        AuditFilterInvalid = "تحقّق من التاريخين: استخدم تواريخ صحيحة، على ألا يكون الأول بعد الثاني.",
        AuditCommandLine = "سطر الأوامر",
        UserActions = "الإجراءات",
        UserCreate = "إضافة مستخدم",
        UserFirstPassword = "كلمة المرور الأولى (12 حرفاً على الأقل؛ سلّمها للمستخدم شخصياً)",
        UserChangeRole = "تغيير الدور",
        UserDisable = "تعطيل",
        UserEnable = "تفعيل",
        UserResetTwoFactor = "إعادة ضبط الدخول بخطوتين",
        UserLockedOut = "مقفل",
        UserCreated = "أُضيف المستخدم ويمكنه تسجيل الدخول.",
        UserRoleChanged = "تغيّر الدور، ويسري من الطلب التالي للمستخدم.",
        UserDisabled = "عُطّل المستخدم: لا يمكنه تسجيل الدخول، وتتوقف جلساته ورموز واجهته البرمجية.",
        UserEnabled = "فُعّل المستخدم ويمكنه تسجيل الدخول مجدداً.",
        UserTwoFactorReset = "أُعيد ضبط الدخول بخطوتين للمستخدم: يدخل بكلمة المرور ويمكنه الإعداد من جديد.",
        UserRoleInvalid = "اختر مساهماً أو محرراً أو مسؤولاً.",
        UserLastAdmin = "هذا آخر مسؤول نشط. اجعل مستخدماً آخر مسؤولاً أولاً.",
        RoleContributor = "مساهم",
        RoleEditor = "محرر",
        RoleAdmin = "مسؤول",
        On = "مفعّل",
        Off = "غير مفعّل",
        TwoFactor = "الدخول بخطوتين",
        TwoFactorIntro = "إلى جانب كلمة المرور، يطلب تسجيل الدخول رمزاً من تطبيق مصادقة على هاتفك يتغيّر كل 30 ثانية.",
        TwoFactorSetUp = "إعداد الدخول بخطوتين",
        TwoFactorScan = "امسح هذا الرمز بتطبيق المصادقة أو اكتب المفتاح فيه، ثم أدخل الرمز الذي يعرضه التطبيق.",
        TwoFactorQrLabel = "رمز QR لمفتاح المصادقة",
        TwoFactorKey = "المفتاح",
        TwoFactorCode = "الرمز من التطبيق",
        TwoFactorTurnOn = "تفعيل",
        TwoFactorTurnOff = "إيقاف الدخول بخطوتين",
        TwoFactorIsOn = "الدخول بخطوتين مفعّل",
        TwoFactorTurnedOn = "تم تفعيل الدخول بخطوتين. من الآن يطلب تسجيل الدخول رمزاً من تطبيقك.",
        TwoFactorTurnedOff = "أُوقف الدخول بخطوتين؛ لم يعد المفتاح القديم ولا رموز الاسترداد صالحة.",
        TwoFactorCodeWrong = "الرمز غير صحيح. تأكّد من ضبط ساعة هاتفك وأدخل أحدث رمز.",
        TwoFactorRequired = "يجب على المسؤولين استخدام الدخول بخطوتين. أعدّه للمتابعة.",
        TwoFactorRequiredForAdmins = "يجب على المسؤولين إبقاء الدخول بخطوتين مفعّلاً.",
        RecoveryCodes = "رموز الاسترداد",
        RecoveryCodesHelp = "احفظها في مكان آمن: كل رمز يُدخلك مرة واحدة إذا فقدت هاتفك. لن تُعرض إلا الآن.",
        NewRecoveryCodes = "رموز استرداد جديدة",
        SignInCode = "رمز المصادقة",
        SignInCodeHelp = "أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة، أو أحد رموز الاسترداد.",
        SignInCodeWrong = "الرمز غير صحيح.",
        Verify = "تحقّق",
    };
}
