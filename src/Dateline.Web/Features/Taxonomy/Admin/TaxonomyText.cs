using Dateline.Web.Features.Accounts;

namespace Dateline.Web.Features.Taxonomy.Admin;

/// <summary>The taxonomy pages' text in the newsroom's two languages (kept with the feature, as <c>MediaText</c>).</summary>
public sealed class TaxonomyText
{
    public static readonly TaxonomyText English = new()
    {
        Taxonomy = "Taxonomy",
        Sections = "Sections",
        Topics = "Topics",
        Authors = "Authors",
        Agencies = "Agencies",
        Edition = "Edition",
        EnglishEdition = "English edition",
        ArabicEdition = "Arabic edition",
        SectionsIntro = "The public navigation shows the sections marked “In navigation”, in this order. Changes show on the public site at once.",
        Position = "Order",
        Name = "Name",
        Address = "Address",
        InNavigation = "In navigation",
        Actions = "Actions",
        Rename = "Rename",
        MoveUp = "Move up",
        MoveDown = "Move down",
        Hide = "Hide from navigation",
        Show = "Show in navigation",
        Yes = "Yes",
        No = "No",
        NewSection = "Add a section",
        AddressOptional = "Address (optional; made from the name)",
        Add = "Add",
        Saved = "Saved. The public site shows the change now.",
        TopicsIntro = "Renaming a topic changes its address; the old address leads to the new one. Merging gives a topic’s stories to another topic and removes it; its address then leads to the topic that remains.",
        SearchTopics = "Find a topic",
        Search = "Search",
        Stories = "Stories",
        MergeInto = "Merge into (name or address of the topic that remains)",
        Merge = "Merge",
        NoTopics = "No topics match.",
        MoreTopics = "More topics",
        AuthorsIntro = "Bylines link to each author’s public page, which shows the photo, the biography and their stories.",
        Photo = "Photo",
        Edit = "Edit",
        NewAuthor = "Add an author",
        NameArabic = "Name in Arabic bylines",
        Bio = "Biography (English edition)",
        BioArabic = "Biography (Arabic edition)",
        KeepPhoto = "Keep the current photo",
        NoPhoto = "No photo",
        RecentPhotos = "Or choose one of the newest photos in the media library",
        PhotoById = "Or give a media library photo number",
        UploadPhoto = "Or upload a new photo (JPEG, PNG, WebP, AVIF or GIF)",
        PublicPage = "Public page",
        Save = "Save",
        AllAuthors = "All authors",
        AgenciesIntro = "An agency story begins with the site’s name and the agency’s credit, as in “Sharjah 24 – AFP:”. The code is how scripts and the API name the agency.",
        Code = "Code",
        Credit = "Credit (English edition)",
        CreditArabic = "Credit (Arabic edition)",
        NewAgency = "Add an agency",
        NotFound = "It no longer exists; reload the page.",
        NameInvalid = "Give a name of 1 to 128 characters (topics: at most 100).",
        SlugInvalid = "The address needs letters or digits, at most 128 characters.",
        SlugTaken = "Another one already has this address. To join two topics, merge them.",
        CodeInvalid = "Give a code of 1 to 32 characters without spaces.",
        CodeTaken = "Another agency has this code.",
        CreditInvalid = "Give both credits, each 1 to 64 characters.",
        BioTooLong = "A biography may have at most 2,000 characters.",
        MergeTargetNotFound = "No other topic of this edition has that name or address.",
        MergeIntoItself = "A topic cannot be merged into itself.",
        PhotoNotFound = "That photo is not in the media library.",
        PhotoRefused = "The photo was refused: {0}",
    };

    public static readonly TaxonomyText Arabic = new()
    {
        Taxonomy = "التصنيفات",
        Sections = "الأقسام",
        Topics = "المواضيع",
        Authors = "الكتّاب",
        Agencies = "الوكالات",
        Edition = "النسخة",
        EnglishEdition = "النسخة الإنجليزية",
        ArabicEdition = "النسخة العربية",
        SectionsIntro = "يعرض شريط التنقل العام الأقسام المعلَّمة «في شريط التنقل» بهذا الترتيب. تظهر التغييرات على الموقع العام فورًا.",
        Position = "الترتيب",
        Name = "الاسم",
        Address = "العنوان",
        InNavigation = "في شريط التنقل",
        Actions = "الإجراءات",
        Rename = "إعادة التسمية",
        MoveUp = "نقل إلى الأعلى",
        MoveDown = "نقل إلى الأسفل",
        Hide = "إخفاء من شريط التنقل",
        Show = "إظهار في شريط التنقل",
        Yes = "نعم",
        No = "لا",
        NewSection = "إضافة قسم",
        AddressOptional = "العنوان (اختياري؛ يُشتق من الاسم)",
        Add = "إضافة",
        Saved = "حُفظ التغيير، ويظهر على الموقع العام الآن.",
        TopicsIntro = "تغيير اسم موضوع يغيّر عنوانه، ويقود العنوان القديم إلى الجديد. الدمج ينقل قصص الموضوع إلى موضوع آخر ثم يحذفه، ويقود عنوانه بعد ذلك إلى الموضوع الباقي.",
        SearchTopics = "ابحث عن موضوع",
        Search = "بحث",
        Stories = "القصص",
        MergeInto = "دمج في (اسم الموضوع الباقي أو عنوانه)",
        Merge = "دمج",
        NoTopics = "لا مواضيع مطابقة.",
        MoreTopics = "مواضيع أخرى",
        AuthorsIntro = "تقود أسماء الكتّاب في القصص إلى صفحة كل كاتب العامة، وفيها صورته ونبذته وقصصه.",
        Photo = "الصورة",
        Edit = "تعديل",
        NewAuthor = "إضافة كاتب",
        NameArabic = "الاسم في النسخة العربية",
        Bio = "النبذة (النسخة الإنجليزية)",
        BioArabic = "النبذة (النسخة العربية)",
        KeepPhoto = "الإبقاء على الصورة الحالية",
        NoPhoto = "بلا صورة",
        RecentPhotos = "أو اختر من أحدث صور مكتبة الوسائط",
        PhotoById = "أو اكتب رقم صورة في مكتبة الوسائط",
        UploadPhoto = "أو ارفع صورة جديدة (JPEG أو PNG أو WebP أو AVIF أو GIF)",
        PublicPage = "الصفحة العامة",
        Save = "حفظ",
        AllAuthors = "كل الكتّاب",
        AgenciesIntro = "تبدأ قصة الوكالة باسم الموقع واعتماد الوكالة، مثل «الشارقة 24 – أ ف ب:». الرمز هو ما تسمّي به البرامج والواجهة البرمجية الوكالة.",
        Code = "الرمز",
        Credit = "الاعتماد (النسخة الإنجليزية)",
        CreditArabic = "الاعتماد (النسخة العربية)",
        NewAgency = "إضافة وكالة",
        NotFound = "لم يعد موجودًا؛ أعد تحميل الصفحة.",
        NameInvalid = "اكتب اسمًا من 1 إلى 128 حرفًا (المواضيع: 100 حرف على الأكثر).",
        SlugInvalid = "يحتاج العنوان إلى حروف أو أرقام، و128 حرفًا على الأكثر.",
        SlugTaken = "هذا العنوان مستخدم من قبل. لجمع موضوعين، ادمجهما.",
        CodeInvalid = "اكتب رمزًا من 1 إلى 32 حرفًا بلا مسافات.",
        CodeTaken = "لوكالة أخرى هذا الرمز.",
        CreditInvalid = "اكتب الاعتمادين، كلٌّ منهما من 1 إلى 64 حرفًا.",
        BioTooLong = "لا تتجاوز النبذة 2000 حرف.",
        MergeTargetNotFound = "لا يوجد موضوع آخر في هذه النسخة بهذا الاسم أو العنوان.",
        MergeIntoItself = "لا يمكن دمج موضوع في نفسه.",
        PhotoNotFound = "هذه الصورة ليست في مكتبة الوسائط.",
        PhotoRefused = "رُفضت الصورة: {0}",
    };

    public required string Taxonomy { get; init; }
    public required string Sections { get; init; }
    public required string Topics { get; init; }
    public required string Authors { get; init; }
    public required string Agencies { get; init; }
    public required string Edition { get; init; }
    public required string EnglishEdition { get; init; }
    public required string ArabicEdition { get; init; }
    public required string SectionsIntro { get; init; }
    public required string Position { get; init; }
    public required string Name { get; init; }
    public required string Address { get; init; }
    public required string InNavigation { get; init; }
    public required string Actions { get; init; }
    public required string Rename { get; init; }
    public required string MoveUp { get; init; }
    public required string MoveDown { get; init; }
    public required string Hide { get; init; }
    public required string Show { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string NewSection { get; init; }
    public required string AddressOptional { get; init; }
    public required string Add { get; init; }
    public required string Saved { get; init; }
    public required string TopicsIntro { get; init; }
    public required string SearchTopics { get; init; }
    public required string Search { get; init; }
    public required string Stories { get; init; }
    public required string MergeInto { get; init; }
    public required string Merge { get; init; }
    public required string NoTopics { get; init; }
    public required string MoreTopics { get; init; }
    public required string AuthorsIntro { get; init; }
    public required string Photo { get; init; }
    public required string Edit { get; init; }
    public required string NewAuthor { get; init; }
    public required string NameArabic { get; init; }
    public required string Bio { get; init; }
    public required string BioArabic { get; init; }
    public required string KeepPhoto { get; init; }
    public required string NoPhoto { get; init; }
    public required string RecentPhotos { get; init; }
    public required string PhotoById { get; init; }
    public required string UploadPhoto { get; init; }
    public required string PublicPage { get; init; }
    public required string Save { get; init; }
    public required string AllAuthors { get; init; }
    public required string AgenciesIntro { get; init; }
    public required string Code { get; init; }
    public required string Credit { get; init; }
    public required string CreditArabic { get; init; }
    public required string NewAgency { get; init; }
    public required string NotFound { get; init; }
    public required string NameInvalid { get; init; }
    public required string SlugInvalid { get; init; }
    public required string SlugTaken { get; init; }
    public required string CodeInvalid { get; init; }
    public required string CodeTaken { get; init; }
    public required string CreditInvalid { get; init; }
    public required string BioTooLong { get; init; }
    public required string MergeTargetNotFound { get; init; }
    public required string MergeIntoItself { get; init; }
    public required string PhotoNotFound { get; init; }
    public required string PhotoRefused { get; init; }

    /// <summary>Whether a newsroom path is one of the taxonomy pages (the layout marks its link as current).</summary>
    public static bool IsTaxonomyPath(string path) =>
        new[] { "/newsroom/sections", "/newsroom/topics", "/newsroom/authors", "/newsroom/agencies" }
            .Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    public static TaxonomyText For(string uiLanguage) => uiLanguage == NewsroomLanguages.Arabic ? Arabic : English;

    public string Explain(TaxonomyProblem problem) => problem switch
    {
        TaxonomyProblem.NotFound => NotFound,
        TaxonomyProblem.NameInvalid => NameInvalid,
        TaxonomyProblem.SlugInvalid => SlugInvalid,
        TaxonomyProblem.SlugTaken => SlugTaken,
        TaxonomyProblem.CodeInvalid => CodeInvalid,
        TaxonomyProblem.CodeTaken => CodeTaken,
        TaxonomyProblem.CreditInvalid => CreditInvalid,
        TaxonomyProblem.BioTooLong => BioTooLong,
        TaxonomyProblem.MergeTargetNotFound => MergeTargetNotFound,
        TaxonomyProblem.MergeIntoItself => MergeIntoItself,
        TaxonomyProblem.PhotoNotFound => PhotoNotFound,
        _ => NotFound,
    };
}
