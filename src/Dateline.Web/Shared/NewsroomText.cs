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
    };
}
