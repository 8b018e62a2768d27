using Dateline.Web.Features.Accounts;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>
/// Interface text of the desk pages (dashboard, story editor) in both newsroom languages. Kept beside the pages rather
/// than in the shell's <see cref="Shared.NewsroomText"/> so the desk's strings change without touching the shell.
/// </summary>
public sealed class DeskText
{
    public required string NewStory { get; init; }
    public required string MyDrafts { get; init; }
    public required string InReview { get; init; }
    public required string Scheduled { get; init; }
    public required string RecentlyPublished { get; init; }
    public required string AllStories { get; init; }
    public required string NoStories { get; init; }
    public required string Filter { get; init; }
    public required string Edition { get; init; }
    public required string Section { get; init; }
    public required string State { get; init; }
    public required string Any { get; init; }
    public required string SearchHeadline { get; init; }
    public required string Older { get; init; }
    public required string Headline { get; init; }
    public required string Standfirst { get; init; }
    public required string Body { get; init; }

    /// <summary>
    /// Names of the body editor's toolbar buttons and dialogs, by the keys the editor script asks for. A button that
    /// shows text (H2, 1.) has a name that contains it, so speech users can say what they see (WCAG 2.5.3).
    /// </summary>
    public required IReadOnlyDictionary<string, string> EditorToolbar { get; init; }
    public required string BodyHint { get; init; }
    public required string Topics { get; init; }
    public required string TopicsHint { get; init; }
    public required string Authors { get; init; }
    public required string Agency { get; init; }
    public required string None { get; init; }
    public required string DatelinePlace { get; init; }
    public required string Slug { get; init; }
    public required string SlugHint { get; init; }
    public required string SeoTitle { get; init; }
    public required string SeoDescription { get; init; }
    public required string Save { get; init; }
    public required string Submit { get; init; }
    public required string Publish { get; init; }
    public required string Schedule { get; init; }
    public required string PublishAt { get; init; }
    public required string Unpublish { get; init; }
    public required string Saved { get; init; }
    public required string LastSaved { get; init; }
    public required string ViewLive { get; init; }
    public required string UnpublishedChanges { get; init; }
    public required string LockedBy { get; init; }
    public required string TakeOver { get; init; }
    public required string LockLost { get; init; }
    public required string ConflictTitle { get; init; }
    public required string ConflictIntro { get; init; }
    public required string TheirVersion { get; init; }
    public required string YourVersion { get; init; }
    public required string SaveMine { get; init; }
    public required string Actions { get; init; }
    public required string Updated { get; init; }
    public required string HeroImage { get; init; }
    public required string HeroCaption { get; init; }
    public required string HeroAltText { get; init; }
    public required string HeroCredit { get; init; }
    public required string Pinned { get; init; }
    public required string Revisions { get; init; }
    public required string RevisionsOf { get; init; }
    public required string When { get; init; }
    public required string Who { get; init; }
    public required string What { get; init; }
    public required string Revision { get; init; }
    public required string KindCreated { get; init; }
    public required string KindSaved { get; init; }
    public required string KindRestored { get; init; }
    public required string KindSubmitted { get; init; }
    public required string KindReturnedToDraft { get; init; }
    public required string KindScheduled { get; init; }
    public required string KindPublished { get; init; }
    public required string KindUnpublished { get; init; }
    public required string KindCorrected { get; init; }
    public required string Compare { get; init; }
    public required string CompareFrom { get; init; }
    public required string CompareTo { get; init; }
    public required string ChangesFromPrevious { get; init; }
    public required string Restore { get; init; }
    public required string Restored { get; init; }
    public required string RestoreConflict { get; init; }
    public required string CurrentRevision { get; init; }
    public required string CompareTitle { get; init; }
    public required string RevisionBy { get; init; }
    public required string NoChanges { get; init; }
    public required string Unchanged { get; init; }
    public required string Removed { get; init; }
    public required string Added { get; init; }
    public required string BackToStory { get; init; }
    public required string AllRevisions { get; init; }
    public required string AutosaveSavedAt { get; init; }
    public required string AutosaveConflict { get; init; }
    public required string AutosaveOffline { get; init; }
    public required string AutosaveInvalid { get; init; }
    public required string KeepTheirs { get; init; }
    public required string KeepTheirsCopyMine { get; init; }
    public required string OverwriteMine { get; init; }
    public required string MineToCopy { get; init; }
    public required string StoryDraft { get; init; }
    public required string StoryInReview { get; init; }
    public required string StoryScheduled { get; init; }
    public required string StoryPublished { get; init; }
    public required string StoryUnpublished { get; init; }

    public static DeskText For(string language) => language == NewsroomLanguages.Arabic ? Arabic : English;

    public static readonly DeskText English = new()
    {
        NewStory = "New story",
        MyDrafts = "My drafts",
        InReview = "In review",
        Scheduled = "Scheduled",
        RecentlyPublished = "Recently published",
        AllStories = "Stories",
        NoStories = "No stories.",
        Filter = "Show",
        Edition = "Edition",
        Section = "Section",
        State = "State",
        Any = "Any",
        SearchHeadline = "Headline contains",
        Older = "Older stories",
        Headline = "Headline",
        Standfirst = "Standfirst",
        Body = "Body",
        EditorToolbar = new Dictionary<string, string>
        {
            ["toolbar"] = "Formatting",
            ["paragraph"] = "Paragraph",
            ["h2"] = "H2 heading",
            ["h3"] = "H3 heading",
            ["h4"] = "H4 heading",
            ["bold"] = "Bold",
            ["italic"] = "Italic",
            ["link"] = "Link",
            ["linkUrl"] = "Address",
            ["quote"] = "Quote",
            ["bulletList"] = "Bulleted list",
            ["orderedList"] = "1. Numbered list",
            ["youtube"] = "YouTube video",
            ["x"] = "X post",
            ["embedUrl"] = "Address",
            ["ok"] = "OK",
            ["cancel"] = "Cancel",
        },
        BodyHint = "Paragraphs, headings, bold, italic, links, quotes and lists. Without JavaScript, type HTML here.",
        Topics = "Topics",
        TopicsHint = "Names separated by commas; new names become new topics.",
        Authors = "Authors",
        Agency = "Agency",
        None = "None",
        DatelinePlace = "Dateline place",
        Slug = "Slug",
        SlugHint = "Leave empty to make it from the headline.",
        SeoTitle = "SEO title",
        SeoDescription = "SEO description",
        Save = "Save",
        Submit = "Submit for review",
        Publish = "Publish",
        Schedule = "Schedule",
        PublishAt = "Publish at (UTC)",
        Unpublish = "Unpublish",
        Saved = "Saved.",
        LastSaved = "Last saved by {0} at {1} UTC (version {2}).",
        ViewLive = "View the live story",
        UnpublishedChanges = "This live story has changes readers do not see yet.",
        LockedBy = "{0} has been editing this story since {1} UTC.",
        TakeOver = "Take over editing",
        LockLost = "Someone else took over this story. Your text is still here: copy it before you leave.",
        ConflictTitle = "Someone else saved this story",
        ConflictIntro = "{0}. Nothing was overwritten: your text is kept in the form below. Compare, merge what you need, then save again.",
        TheirVersion = "The saved version",
        YourVersion = "Your version",
        SaveMine = "Save my version",
        Actions = "Workflow",
        Updated = "Updated",
        HeroImage = "Hero image",
        HeroCaption = "Hero caption",
        HeroAltText = "Hero image description",
        HeroCredit = "Hero credit",
        Pinned = "Pinned \u201cMore on this Topic\u201d",
        Revisions = "Revisions",
        RevisionsOf = "Revisions of \u201c{0}\u201d",
        When = "When",
        Who = "Who",
        What = "What",
        Revision = "Revision",
        KindCreated = "Created",
        KindSaved = "Saved",
        KindRestored = "Restored revision {0}",
        KindSubmitted = "Submitted for review",
        KindReturnedToDraft = "Returned to draft",
        KindScheduled = "Scheduled for {0}",
        KindPublished = "Published",
        KindUnpublished = "Unpublished",
        KindCorrected = "Corrected",
        Compare = "Compare",
        CompareFrom = "Older revision",
        CompareTo = "Newer revision",
        ChangesFromPrevious = "Changes",
        Restore = "Restore",
        Restored = "Revision {0} was restored as revision {1}.",
        RestoreConflict = "The story was saved by someone else since you opened this page; nothing was restored. Look at the list again and retry.",
        CurrentRevision = "current",
        CompareTitle = "Revision {0} and revision {1}",
        RevisionBy = "Revision {0}: {1}, {2} UTC",
        NoChanges = "The two versions have the same fields.",
        Unchanged = "Unchanged",
        Removed = "removed",
        Added = "added",
        BackToStory = "Back to the story",
        AllRevisions = "All revisions",
        AutosaveSavedAt = "Saved at {0}",
        AutosaveConflict = "Not saved \u2014 conflict: someone else saved this story. Press Save to compare both versions; your text stays here.",
        AutosaveOffline = "Not saved \u2014 no connection. Your text stays here and is saved when the connection returns.",
        AutosaveInvalid = "Not saved \u2014 check the fields, then press Save.",
        KeepTheirs = "Keep the saved version (discard mine)",
        KeepTheirsCopyMine = "Keep the saved version, show mine to copy from",
        OverwriteMine = "Save my version over it",
        MineToCopy = "Your text (not saved): copy what you need into the form",
        StoryDraft = "Draft",
        StoryInReview = "In review",
        StoryScheduled = "Scheduled",
        StoryPublished = "Published",
        StoryUnpublished = "Unpublished",
    };

    public static readonly DeskText Arabic = new()
    {
        NewStory = "خبر جديد",
        MyDrafts = "مسوداتي",
        InReview = "قيد المراجعة",
        Scheduled = "مجدولة",
        RecentlyPublished = "نُشرت مؤخراً",
        AllStories = "الأخبار",
        NoStories = "لا أخبار.",
        Filter = "عرض",
        Edition = "النسخة",
        Section = "القسم",
        State = "الحالة",
        Any = "الكل",
        SearchHeadline = "العنوان يتضمن",
        Older = "أخبار أقدم",
        Headline = "العنوان",
        Standfirst = "المقدمة",
        Body = "النص",
        EditorToolbar = new Dictionary<string, string>
        {
            ["toolbar"] = "التنسيق",
            ["paragraph"] = "فقرة",
            ["h2"] = "عنوان فرعي H2",
            ["h3"] = "عنوان فرعي H3",
            ["h4"] = "عنوان فرعي H4",
            ["bold"] = "عريض",
            ["italic"] = "مائل",
            ["link"] = "رابط",
            ["linkUrl"] = "العنوان الإلكتروني",
            ["quote"] = "اقتباس",
            ["bulletList"] = "قائمة نقطية",
            ["orderedList"] = "1. قائمة مرقمة",
            ["youtube"] = "فيديو يوتيوب",
            ["x"] = "منشور على إكس",
            ["embedUrl"] = "العنوان الإلكتروني",
            ["ok"] = "موافق",
            ["cancel"] = "إلغاء",
        },
        BodyHint = "فقرات وعناوين وخط عريض ومائل وروابط واقتباسات وقوائم. دون جافاسكربت اكتب HTML هنا.",
        Topics = "المواضيع",
        TopicsHint = "أسماء مفصولة بفواصل؛ الأسماء الجديدة تصبح مواضيع جديدة.",
        Authors = "الكتّاب",
        Agency = "الوكالة",
        None = "لا شيء",
        DatelinePlace = "مكان الخبر",
        Slug = "الرابط المختصر",
        SlugHint = "اتركه فارغاً ليُصنع من العنوان.",
        SeoTitle = "عنوان محركات البحث",
        SeoDescription = "وصف محركات البحث",
        Save = "حفظ",
        Submit = "إرسال للمراجعة",
        Publish = "نشر",
        Schedule = "جدولة",
        PublishAt = "موعد النشر (UTC)",
        Unpublish = "إلغاء النشر",
        Saved = "تم الحفظ.",
        LastSaved = "آخر حفظ بواسطة {0} في {1} UTC (النسخة {2}).",
        ViewLive = "عرض الخبر المنشور",
        UnpublishedChanges = "لهذا الخبر المنشور تعديلات لا يراها القرّاء بعد.",
        LockedBy = "يحرّر {0} هذا الخبر منذ {1} UTC.",
        TakeOver = "تولّي التحرير",
        LockLost = "تولّى شخص آخر تحرير هذا الخبر. نصك ما زال هنا: انسخه قبل المغادرة.",
        ConflictTitle = "حفظ شخص آخر هذا الخبر",
        ConflictIntro = "{0}. لم يُستبدل شيء: نصك محفوظ في النموذج أدناه. قارن وادمج ما تحتاج ثم احفظ مجدداً.",
        TheirVersion = "النسخة المحفوظة",
        YourVersion = "نسختك",
        SaveMine = "حفظ نسختي",
        Actions = "سير العمل",
        Updated = "آخر تعديل",
        HeroImage = "الصورة الرئيسية",
        HeroCaption = "تعليق الصورة",
        HeroAltText = "وصف الصورة",
        HeroCredit = "مصدر الصورة",
        Pinned = "\u00ab المزيد حول الموضوع \u00bb المثبّتة",
        Revisions = "النسخ",
        RevisionsOf = "نسخ \u00ab{0}\u00bb",
        When = "متى",
        Who = "من",
        What = "ماذا",
        Revision = "النسخة",
        KindCreated = "إنشاء",
        KindSaved = "حفظ",
        KindRestored = "استعادة النسخة {0}",
        KindSubmitted = "إرسال للمراجعة",
        KindReturnedToDraft = "إعادة إلى المسودة",
        KindScheduled = "جدولة في {0}",
        KindPublished = "نشر",
        KindUnpublished = "إلغاء النشر",
        KindCorrected = "تصحيح",
        Compare = "مقارنة",
        CompareFrom = "النسخة الأقدم",
        CompareTo = "النسخة الأحدث",
        ChangesFromPrevious = "التغييرات",
        Restore = "استعادة",
        Restored = "استُعيدت النسخة {0} بوصفها النسخة {1}.",
        RestoreConflict = "حفظ شخص آخر الخبر منذ فتحت هذه الصفحة؛ لم يُستعد شيء. راجع القائمة مجدداً ثم أعد المحاولة.",
        CurrentRevision = "الحالية",
        CompareTitle = "النسخة {0} والنسخة {1}",
        RevisionBy = "النسخة {0}: {1}، {2} UTC",
        NoChanges = "للنسختين الحقول نفسها.",
        Unchanged = "دون تغيير",
        Removed = "محذوف",
        Added = "مضاف",
        BackToStory = "العودة إلى الخبر",
        AllRevisions = "كل النسخ",
        AutosaveSavedAt = "حُفظ في {0}",
        AutosaveConflict = "لم يُحفظ \u2014 تعارض: حفظ شخص آخر هذا الخبر. اضغط حفظ لمقارنة النسختين؛ نصك باقٍ هنا.",
        AutosaveOffline = "لم يُحفظ \u2014 لا اتصال. نصك باقٍ هنا ويُحفظ عند عودة الاتصال.",
        AutosaveInvalid = "لم يُحفظ \u2014 راجع الحقول ثم اضغط حفظ.",
        KeepTheirs = "الإبقاء على النسخة المحفوظة (تجاهل نسختي)",
        KeepTheirsCopyMine = "الإبقاء على النسخة المحفوظة وعرض نسختي للنسخ منها",
        OverwriteMine = "حفظ نسختي فوقها",
        MineToCopy = "نصك (غير محفوظ): انسخ ما تحتاجه إلى النموذج",
        StoryDraft = "مسودة",
        StoryInReview = "قيد المراجعة",
        StoryScheduled = "مجدول",
        StoryPublished = "منشور",
        StoryUnpublished = "غير منشور",
    };

    public string StateName(Stories.StoryState state) => state switch
    {
        Stories.StoryState.InReview => StoryInReview,
        Stories.StoryState.Scheduled => StoryScheduled,
        Stories.StoryState.Published => StoryPublished,
        Stories.StoryState.Unpublished => StoryUnpublished,
        _ => StoryDraft,
    };
}
