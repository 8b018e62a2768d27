namespace Dateline.Web.Features.Editions;

/// <summary>Interface text of one edition. A class rather than resource files: a missing string fails the build.</summary>
public sealed class EditionStrings
{
    public required string LanguageName { get; init; }
    public required string SwitchEditionLabel { get; init; }
    public required string MainNavigation { get; init; }
    public required string FooterNavigation { get; init; }
    public required string SkipToContent { get; init; }
    public required string Home { get; init; }
    public required string Latest { get; init; }
    public required string TopStory { get; init; }
    public required string MoreIn { get; init; }
    public required string LoadMore { get; init; }
    public required string Loading { get; init; }
    public required string NoMoreStories { get; init; }
    public required string RelatedTopics { get; init; }
    public required string MoreOnThisTopic { get; init; }
    public required string DownloadImage { get; init; }
    public required string ImageAltPrefix { get; init; }
    public required string PublishedLabel { get; init; }
    public required string UpdatedLabel { get; init; }

    /// <summary>Opens a correction note: "Correction, {date}: …".</summary>
    public required string CorrectionNote { get; init; }

    /// <summary>Opens an update note: "Update, {date}: …".</summary>
    public required string UpdateNote { get; init; }
    public required string CorrectionsHeading { get; init; }
    public required string By { get; init; }
    public required string Topic { get; init; }
    public required string Section { get; init; }
    public required string RotateTitle { get; init; }
    public required string RotateMessage { get; init; }
    public required string Dismiss { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundMessage { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorMessage { get; init; }
    public required string BadRequestTitle { get; init; }
    public required string BadRequestMessage { get; init; }
    public required string BackHome { get; init; }
    public required string WeatherLabel { get; init; }
    public required string PrayerTimesLabel { get; init; }
    public required string FooterRights { get; init; }
    public required string AmDesignator { get; init; }
    public required string PmDesignator { get; init; }
    public required IReadOnlyList<string> MonthNames { get; init; }

    public static EditionStrings For(string code) => code == "ar" ? Arabic : English;

    public static readonly EditionStrings English = new()
    {
        LanguageName = "English",
        SwitchEditionLabel = "عربي",
        MainNavigation = "Sections",
        FooterNavigation = "Site sections",
        SkipToContent = "Skip to content",
        Home = "Home",
        Latest = "Latest",
        TopStory = "Top story",
        MoreIn = "More in",
        LoadMore = "Load more",
        Loading = "Loading...",
        NoMoreStories = "No more stories.",
        RelatedTopics = "Related Topics",
        MoreOnThisTopic = "More on this Topic",
        DownloadImage = "Download image",
        ImageAltPrefix = "Image for the title: ",
        PublishedLabel = "Published",
        UpdatedLabel = "Updated",
        CorrectionNote = "Correction",
        UpdateNote = "Update",
        CorrectionsHeading = "Corrections and updates",
        By = "By",
        Topic = "Topic",
        Section = "Section",
        RotateTitle = "Rotate",
        RotateMessage = "For an optimal experience, please rotate your device to portrait mode.",
        Dismiss = "Dismiss",
        NotFoundTitle = "Page not found",
        NotFoundMessage = "The page you were looking for does not exist or has moved.",
        ErrorTitle = "Something went wrong",
        ErrorMessage = "We could not load this page. Please try again in a moment.",
        BadRequestTitle = "That address is not valid",
        BadRequestMessage = "Part of the address could not be understood. Check the link, or start again from the front page.",
        BackHome = "Back to the front page",
        WeatherLabel = "Weather",
        PrayerTimesLabel = "Prayer times",
        FooterRights = "All rights reserved.",
        AmDesignator = "AM",
        PmDesignator = "PM",
        MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    };

    public static readonly EditionStrings Arabic = new()
    {
        LanguageName = "العربية",
        SwitchEditionLabel = "English",
        MainNavigation = "الأقسام",
        FooterNavigation = "أقسام الموقع",
        SkipToContent = "انتقل إلى المحتوى",
        Home = "الرئيسية",
        Latest = "آخر الأخبار",
        TopStory = "الخبر الرئيسي",
        MoreIn = "المزيد في",
        LoadMore = "المزيد",
        Loading = "جارٍ التحميل...",
        NoMoreStories = "لا توجد أخبار أخرى.",
        RelatedTopics = "مواضيع ذات صلة",
        MoreOnThisTopic = "المزيد حول هذا الموضوع",
        DownloadImage = "تحميل الصورة",
        ImageAltPrefix = "صورة لعنوان: ",
        PublishedLabel = "نُشر",
        UpdatedLabel = "حُدّث",
        CorrectionNote = "تصحيح",
        UpdateNote = "تحديث",
        CorrectionsHeading = "تصحيحات وتحديثات",
        By = "بقلم",
        Topic = "موضوع",
        Section = "قسم",
        RotateTitle = "أدر جهازك",
        RotateMessage = "للحصول على أفضل تجربة، يرجى تدوير جهازك إلى الوضع العمودي.",
        Dismiss = "إغلاق",
        NotFoundTitle = "الصفحة غير موجودة",
        NotFoundMessage = "الصفحة التي تبحث عنها غير موجودة أو نُقلت.",
        ErrorTitle = "حدث خطأ ما",
        ErrorMessage = "تعذّر تحميل هذه الصفحة. يرجى المحاولة بعد قليل.",
        BadRequestTitle = "العنوان غير صالح",
        BadRequestMessage = "تعذّر فهم جزء من العنوان. تحقق من الرابط أو ابدأ من الصفحة الرئيسية.",
        BackHome = "العودة إلى الصفحة الرئيسية",
        WeatherLabel = "الطقس",
        PrayerTimesLabel = "مواقيت الصلاة",
        FooterRights = "جميع الحقوق محفوظة.",
        AmDesignator = "ص",
        PmDesignator = "م",
        MonthNames = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    };
}
