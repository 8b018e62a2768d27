using Dateline.Web.Features.Accounts;

namespace Dateline.Web.Features.Media.Newsroom;

/// <summary>The media library pages' text in the newsroom's two languages (kept with the feature, as <c>WebhooksText</c>).</summary>
public sealed class MediaText
{
    public static readonly MediaText English = new()
    {
        Media = "Media",
        Library = "Media library",
        Intro = "Photos for stories. Caption, credit and keywords are read from each file's own metadata; check them before use.",
        Upload = "Upload photos",
        ChooseFiles = "Photos (JPEG, PNG, WebP, AVIF or GIF; several at once)",
        UploadButton = "Upload",
        DropHint = "Or drop photos here.",
        Uploading = "Uploading {0}",
        UploadedOne = "{0}: uploaded",
        UploadFailed = "{0}: {1}",
        Uploaded = "{0} photo(s) uploaded.",
        Search = "Search caption, credit, keywords",
        Licence = "Licence",
        AnyLicence = "Any licence",
        Uploader = "Uploaded by",
        Anyone = "Anyone",
        From = "From",
        To = "To",
        Filter = "Filter",
        ClearFilters = "Clear",
        NoAssets = "No photos match.",
        Older = "Older photos",
        Newest = "Newest photos",
        EditTitle = "Photo {0}",
        Caption = "Caption",
        Credit = "Credit",
        AltText = "Alt text (what the photo shows, for readers who cannot see it)",
        Source = "Source",
        Copyright = "Copyright notice",
        Creator = "Photographer",
        Keywords = "Keywords (comma-separated)",
        ReadersMayDownload = "Readers may download it",
        Rights = "Rights",
        FocalPoint = "Focal point",
        FocalHint = "Click the photo where the crops must keep the subject, or enter percentages.",
        FocalX = "Across (%)",
        FocalY = "Down (%)",
        Crops = "Crops",
        Save = "Save",
        Saved = "Saved.",
        Invalid = "Some fields are not valid.",
        UsedIn = "Used in",
        NotUsed = "No story uses this photo.",
        Live = "live",
        NotLive = "not live",
        Delete = "Delete photo",
        DeleteRefused = "This photo cannot be deleted: these stories use it.",
        Deleted = "Photo {0} deleted.",
        Details = "Details",
        Size = "{0}×{1} px, {2}",
        UploadedBy = "Uploaded by {0} on {1}",
        Back = "Back to the library",
        Download = "Download the original",
        NoCaption = "(no caption)",
        HeroImage = "Hero image",
        HeroNone = "No hero image.",
        HeroChoose = "Choose or upload a photo",
        HeroRemove = "No hero image",
        HeroPending = "Save the story to keep this choice.",
        HeroCaption = "Caption in this story",
        HeroCredit = "Credit in this story",
        HeroAltText = "Alt text in this story",
        OverrideHint = "Empty: the library's own ({0}).",
        NothingInLibrary = "none",
        PickTitle = "Choose the hero image",
        PickIntro = "Pick a photo from the library or upload one; you return to the story, and saving it keeps the photo.",
        UploadOne = "Or upload a new photo",
        ChooseFile = "Photo (JPEG, PNG, WebP, AVIF or GIF)",
        UploadAndUse = "Upload and use",
        BackToStory = "Back to the story",
        UsePhoto = "Use: {0}",
        Close = "Close",
        Uploading1 = "Uploading…",
        EditorImage = "Photo from the library",
        EditorGallery = "Gallery from the library",
        EditorOk = "Insert",
        EditorCancel = "Cancel",
    };

    public static readonly MediaText Arabic = new()
    {
        Media = "الصور",
        Library = "مكتبة الصور",
        Intro = "صور الأخبار. يُقرأ التعليق والمصدر والكلمات المفتاحية من بيانات كل ملف، فراجعها قبل الاستخدام.",
        Upload = "رفع صور",
        ChooseFiles = "الصور (JPEG أو PNG أو WebP أو AVIF أو GIF، ويمكن اختيار عدة صور)",
        UploadButton = "رفع",
        DropHint = "أو أفلت الصور هنا.",
        Uploading = "جارٍ رفع {0}",
        UploadedOne = "{0}: رُفعت",
        UploadFailed = "{0}: {1}",
        Uploaded = "رُفعت {0} صورة.",
        Search = "ابحث في التعليق والمصدر والكلمات المفتاحية",
        Licence = "الترخيص",
        AnyLicence = "أي ترخيص",
        Uploader = "رفعها",
        Anyone = "أي شخص",
        From = "من",
        To = "إلى",
        Filter = "تصفية",
        ClearFilters = "مسح",
        NoAssets = "لا توجد صور مطابقة.",
        Older = "صور أقدم",
        Newest = "أحدث الصور",
        EditTitle = "الصورة {0}",
        Caption = "التعليق",
        Credit = "حقوق الصورة",
        AltText = "النص البديل (ما تُظهره الصورة لمن لا يراها)",
        Source = "المصدر",
        Copyright = "إشعار حقوق النشر",
        Creator = "المصوّر",
        Keywords = "الكلمات المفتاحية (مفصولة بفواصل)",
        ReadersMayDownload = "يمكن للقراء تنزيلها",
        Rights = "الحقوق",
        FocalPoint = "نقطة التركيز",
        FocalHint = "انقر على الصورة حيث يجب أن تُبقي القصاصات الموضوع، أو أدخل النسب المئوية.",
        FocalX = "أفقيًا (٪)",
        FocalY = "عموديًا (٪)",
        Crops = "القصاصات",
        Save = "حفظ",
        Saved = "حُفظت التغييرات.",
        Invalid = "بعض الحقول غير صالحة.",
        UsedIn = "مستخدمة في",
        NotUsed = "لا يستخدم أي خبر هذه الصورة.",
        Live = "منشور",
        NotLive = "غير منشور",
        Delete = "حذف الصورة",
        DeleteRefused = "لا يمكن حذف هذه الصورة لأن هذه الأخبار تستخدمها.",
        Deleted = "حُذفت الصورة {0}.",
        Details = "التفاصيل",
        Size = "{0}×{1} بكسل، {2}",
        UploadedBy = "رفعها {0} في {1}",
        Back = "العودة إلى المكتبة",
        Download = "تنزيل الأصل",
        NoCaption = "(بلا تعليق)",
        HeroImage = "الصورة الرئيسية",
        HeroNone = "لا توجد صورة رئيسية.",
        HeroChoose = "اختر صورة أو ارفعها",
        HeroRemove = "بلا صورة رئيسية",
        HeroPending = "احفظ الخبر لتثبيت هذا الاختيار.",
        HeroCaption = "التعليق في هذا الخبر",
        HeroCredit = "المصدر في هذا الخبر",
        HeroAltText = "النص البديل في هذا الخبر",
        OverrideHint = "إن تُرك فارغًا فما في المكتبة ({0}).",
        NothingInLibrary = "لا شيء",
        PickTitle = "اختر الصورة الرئيسية",
        PickIntro = "اختر صورة من المكتبة أو ارفع صورة جديدة؛ ستعود إلى الخبر، وحفظه يثبّت الصورة.",
        UploadOne = "أو ارفع صورة جديدة",
        ChooseFile = "الصورة (JPEG أو PNG أو WebP أو AVIF أو GIF)",
        UploadAndUse = "رفع واستخدام",
        BackToStory = "العودة إلى الخبر",
        UsePhoto = "استخدم: {0}",
        Close = "إغلاق",
        Uploading1 = "جارٍ الرفع…",
        EditorImage = "صورة من المكتبة",
        EditorGallery = "معرض صور من المكتبة",
        EditorOk = "إدراج",
        EditorCancel = "إلغاء",
    };

    public required string Media { get; init; }
    public required string Library { get; init; }
    public required string Intro { get; init; }
    public required string Upload { get; init; }
    public required string ChooseFiles { get; init; }
    public required string UploadButton { get; init; }
    public required string DropHint { get; init; }
    public required string Uploading { get; init; }
    public required string UploadedOne { get; init; }
    public required string UploadFailed { get; init; }
    public required string Uploaded { get; init; }
    public required string Search { get; init; }
    public required string Licence { get; init; }
    public required string AnyLicence { get; init; }
    public required string Uploader { get; init; }
    public required string Anyone { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string Filter { get; init; }
    public required string ClearFilters { get; init; }
    public required string NoAssets { get; init; }
    public required string Older { get; init; }
    public required string Newest { get; init; }
    public required string EditTitle { get; init; }
    public required string Caption { get; init; }
    public required string Credit { get; init; }
    public required string AltText { get; init; }
    public required string Source { get; init; }
    public required string Copyright { get; init; }
    public required string Creator { get; init; }
    public required string Keywords { get; init; }
    public required string ReadersMayDownload { get; init; }
    public required string Rights { get; init; }
    public required string FocalPoint { get; init; }
    public required string FocalHint { get; init; }
    public required string FocalX { get; init; }
    public required string FocalY { get; init; }
    public required string Crops { get; init; }
    public required string Save { get; init; }
    public required string Saved { get; init; }
    public required string Invalid { get; init; }
    public required string UsedIn { get; init; }
    public required string NotUsed { get; init; }
    public required string Live { get; init; }
    public required string NotLive { get; init; }
    public required string Delete { get; init; }
    public required string DeleteRefused { get; init; }
    public required string Deleted { get; init; }
    public required string Details { get; init; }
    public required string Size { get; init; }
    public required string UploadedBy { get; init; }
    public required string Back { get; init; }
    public required string Download { get; init; }
    public required string NoCaption { get; init; }
    public required string HeroImage { get; init; }
    public required string HeroNone { get; init; }
    public required string HeroChoose { get; init; }
    public required string HeroRemove { get; init; }
    public required string HeroPending { get; init; }
    public required string HeroCaption { get; init; }
    public required string HeroCredit { get; init; }
    public required string HeroAltText { get; init; }
    public required string OverrideHint { get; init; }
    public required string NothingInLibrary { get; init; }
    public required string PickTitle { get; init; }
    public required string PickIntro { get; init; }
    public required string UploadOne { get; init; }
    public required string ChooseFile { get; init; }
    public required string UploadAndUse { get; init; }
    public required string BackToStory { get; init; }
    public required string UsePhoto { get; init; }
    public required string Close { get; init; }
    public required string Uploading1 { get; init; }
    public required string EditorImage { get; init; }
    public required string EditorGallery { get; init; }
    public required string EditorOk { get; init; }
    public required string EditorCancel { get; init; }

    /// <summary>The body editor's media labels (its <c>data-editor-media-labels</c>), in the keys the editor bundle reads.</summary>
    public string BodyEditorLabels() => System.Text.Json.JsonSerializer.Serialize(new
    {
        image = EditorImage,
        gallery = EditorGallery,
        ok = EditorOk,
        cancel = EditorCancel,
        searchMedia = Search,
        noMedia = NoAssets,
    });

    /// <summary>A licence as editors know it (the Creative Commons names are the same in both languages).</summary>
    public static string LicenceLabel(MediaLicence licence) => licence switch
    {
        MediaLicence.EditorialUseOnly => "Editorial use only",
        MediaLicence.PublicDomain => "Public domain",
        MediaLicence.Cc0 => "CC0",
        >= MediaLicence.CcBy and <= MediaLicence.CcByNcNd =>
            "CC " + string.Join('-', System.Text.RegularExpressions.Regex.Split(licence.ToString()[2..], "(?<!^)(?=[A-Z])")).ToUpperInvariant(),
        _ => licence.ToString(),
    };

    public static MediaText For(string uiLanguage) => uiLanguage == NewsroomLanguages.Arabic ? Arabic : English;
}
