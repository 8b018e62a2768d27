using Dateline.Web.Features.Accounts;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>
/// Interface text of the story editor's pickers (topics, pinned related stories) and linked translation, in both
/// newsroom languages. Apart from <see cref="DeskText"/> so that these partials change without touching the editor's.
/// </summary>
public sealed class DeskPickerText
{
    public required string TopicSuggestions { get; init; }
    public required string NewTopic { get; init; }
    public required string TopicStories { get; init; }
    public required string PinnedTitle { get; init; }
    public required string PinnedHint { get; init; }
    public required string PinnedNone { get; init; }
    public required string PinSearch { get; init; }
    public required string PinFind { get; init; }
    public required string PinResults { get; init; }
    public required string PinAdd { get; init; }
    public required string PinUp { get; init; }
    public required string PinDown { get; init; }
    public required string PinRemove { get; init; }
    public required string PinNoResults { get; init; }
    public required string PinsNotSaved { get; init; }
    public required string NotLive { get; init; }
    public required string Translation { get; init; }
    public required string CreateTranslation { get; init; }
    public required string CreateTranslationHint { get; init; }
    public required string OpenTranslation { get; init; }
    public required string BesideTitle { get; init; }
    public required string BesideNotReadable { get; init; }
    public required string English { get; init; }
    public required string Arabic { get; init; }

    public static DeskPickerText For(string language) => language == NewsroomLanguages.Arabic ? ArabicText : EnglishText;

    public string LanguageName(string edition) => edition switch
    {
        "ar" => Arabic,
        "en" => English,
        _ => edition,
    };

    public static readonly DeskPickerText EnglishText = new()
    {
        TopicSuggestions = "Topic suggestions",
        NewTopic = "New topic \u201c{0}\u201d, created when you save",
        TopicStories = "{0} stories",
        PinnedTitle = "Pinned related stories",
        PinnedHint = "Shown first under \u201cMore on this topic\u201d, in this order. Find live stories of this edition by a word of their headline.",
        PinnedNone = "No pinned stories.",
        PinSearch = "Find a story by headline",
        PinFind = "Find",
        PinResults = "Live stories found",
        PinAdd = "Pin",
        PinUp = "Move up",
        PinDown = "Move down",
        PinRemove = "Remove",
        PinNoResults = "No live story of this edition matches.",
        PinsNotSaved = "Pinned stories changed. Save the story to keep the change.",
        NotLive = "not live",
        Translation = "Translation",
        CreateTranslation = "Create {0} version",
        CreateTranslationHint = "Makes a linked draft in the {0} edition and opens it beside this story. Save your changes first.",
        OpenTranslation = "{0} version",
        BesideTitle = "{0} version, read-only",
        BesideNotReadable = "You may not read the {0} version.",
        English = "English",
        Arabic = "Arabic",
    };

    public static readonly DeskPickerText ArabicText = new()
    {
        TopicSuggestions = "مواضيع مقترحة",
        NewTopic = "موضوع جديد \u00ab{0}\u00bb، يُنشأ عند الحفظ",
        TopicStories = "{0} خبر",
        PinnedTitle = "أخبار ذات صلة مثبّتة",
        PinnedHint = "تظهر أولًا تحت \u00abالمزيد عن هذا الموضوع\u00bb بهذا الترتيب. ابحث عن الأخبار المنشورة في هذه النسخة بكلمة من عنوانها.",
        PinnedNone = "لا توجد أخبار مثبّتة.",
        PinSearch = "ابحث عن خبر بعنوانه",
        PinFind = "بحث",
        PinResults = "أخبار منشورة مطابقة",
        PinAdd = "تثبيت",
        PinUp = "نقل لأعلى",
        PinDown = "نقل لأسفل",
        PinRemove = "إزالة",
        PinNoResults = "لا يطابق البحثَ أيُّ خبر منشور في هذه النسخة.",
        PinsNotSaved = "تغيّرت الأخبار المثبّتة. احفظ الخبر لتبقى.",
        NotLive = "غير منشور",
        Translation = "الترجمة",
        CreateTranslation = "إنشاء النسخة {0}",
        CreateTranslationHint = "يُنشئ مسودة مرتبطة في النسخة {0} ويفتحها بجانب هذا الخبر. احفظ تغييراتك أولًا.",
        OpenTranslation = "النسخة {0}",
        BesideTitle = "النسخة {0} للقراءة فقط",
        BesideNotReadable = "لا يحق لك قراءة النسخة {0}.",
        English = "الإنجليزية",
        Arabic = "العربية",
    };
}
