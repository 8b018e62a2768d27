namespace Dateline.Web.Features.Search;

/// <summary>Interface text of search and the reading lists, per edition language.</summary>
public sealed class SearchText
{
    public required string Search { get; init; }
    public required string SearchLabel { get; init; }
    public required string SearchPlaceholder { get; init; }
    public required string SearchButton { get; init; }
    public required string ResultsFor { get; init; }
    public required string ResultCount { get; init; }
    public required string FuzzyNotice { get; init; }
    public required string NoResults { get; init; }
    public required string NoResultsTips { get; init; }
    public required string EmptyQuery { get; init; }
    public required string SectionFilter { get; init; }
    public required string AllSections { get; init; }
    public required string PeriodFilter { get; init; }
    public required string AnyTime { get; init; }
    public required string PastDay { get; init; }
    public required string PastWeek { get; init; }
    public required string PastMonth { get; init; }
    public required string PastYear { get; init; }
    public required string Apply { get; init; }
    public required string Previous { get; init; }
    public required string Next { get; init; }
    public required string Pagination { get; init; }
    public required string MostRead { get; init; }
    public required string MostReadDay { get; init; }
    public required string MostReadWeek { get; init; }

    public static SearchText For(string editionCode) => editionCode == "ar" ? Arabic : English;

    public string Period(SearchPeriod period) => period switch
    {
        SearchPeriod.Day => PastDay,
        SearchPeriod.Week => PastWeek,
        SearchPeriod.Month => PastMonth,
        SearchPeriod.Year => PastYear,
        _ => AnyTime,
    };

    public static readonly SearchText English = new()
    {
        Search = "Search",
        SearchLabel = "Search stories",
        SearchPlaceholder = "Search stories",
        SearchButton = "Search",
        ResultsFor = "Results for",
        ResultCount = "{0:N0} stories",
        FuzzyNotice = "No exact matches; showing stories with similar spellings.",
        NoResults = "No stories match your search.",
        NoResultsTips = "Check the spelling, use fewer or more general words, or remove the filters.",
        EmptyQuery = "Type the words you are looking for. Put a phrase in quotes; put - before a word to exclude it.",
        SectionFilter = "Section",
        AllSections = "All sections",
        PeriodFilter = "Date",
        AnyTime = "Any time",
        PastDay = "Past 24 hours",
        PastWeek = "Past week",
        PastMonth = "Past month",
        PastYear = "Past year",
        Apply = "Apply filters",
        Previous = "Previous",
        Next = "Next",
        Pagination = "Result pages",
        MostRead = "Most read",
        MostReadDay = "Today",
        MostReadWeek = "This week",
    };

    public static readonly SearchText Arabic = new()
    {
        Search = "بحث",
        SearchLabel = "ابحث في الأخبار",
        SearchPlaceholder = "ابحث في الأخبار",
        SearchButton = "بحث",
        ResultsFor = "نتائج البحث عن",
        ResultCount = "{0:N0} خبر",
        FuzzyNotice = "لا توجد نتائج مطابقة تماماً؛ نعرض أخباراً بتهجئة قريبة.",
        NoResults = "لا توجد أخبار تطابق بحثك.",
        NoResultsTips = "تحقق من الإملاء، أو استخدم كلمات أقل أو أعم، أو أزل عوامل التصفية.",
        EmptyQuery = "اكتب الكلمات التي تبحث عنها. ضع العبارة بين علامتي تنصيص، وضع - قبل الكلمة لاستبعادها.",
        SectionFilter = "القسم",
        AllSections = "كل الأقسام",
        PeriodFilter = "التاريخ",
        AnyTime = "أي وقت",
        PastDay = "آخر 24 ساعة",
        PastWeek = "الأسبوع الماضي",
        PastMonth = "الشهر الماضي",
        PastYear = "العام الماضي",
        Apply = "تطبيق",
        Previous = "السابق",
        Next = "التالي",
        Pagination = "صفحات النتائج",
        MostRead = "الأكثر قراءة",
        MostReadDay = "اليوم",
        MostReadWeek = "هذا الأسبوع",
    };
}
