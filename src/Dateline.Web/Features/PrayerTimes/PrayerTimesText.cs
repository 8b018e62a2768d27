using Dateline.PrayerTimes;

namespace Dateline.Web.Features.PrayerTimes;

/// <summary>Prayer-times wording in each edition's language.</summary>
public sealed class PrayerTimesText
{
    public required string Title { get; init; }
    public required string NextPrayer { get; init; }
    public required string City { get; init; }
    public required string Show { get; init; }
    public required string FullTimetable { get; init; }
    public required string AllCities { get; init; }
    public required string Today { get; init; }
    public required string Tomorrow { get; init; }
    public required string TimesFor { get; init; }
    public required string CityChosen { get; init; }
    public required string MethodNote { get; init; }
    public required string NotApplicable { get; init; }
    public required string Fajr { get; init; }
    public required string Sunrise { get; init; }
    public required string Dhuhr { get; init; }
    public required string Asr { get; init; }
    public required string Maghrib { get; init; }
    public required string Isha { get; init; }

    public string NameOf(Prayer prayer) => prayer switch
    {
        Prayer.Fajr => Fajr,
        Prayer.Sunrise => Sunrise,
        Prayer.Dhuhr => Dhuhr,
        Prayer.Asr => Asr,
        Prayer.Maghrib => Maghrib,
        Prayer.Isha => Isha,
        _ => throw new ArgumentOutOfRangeException(nameof(prayer), prayer, "Unknown prayer."),
    };

    public string CityName(UaeCity city) => ReferenceEquals(this, Arabic) ? city.ArabicName : city.EnglishName;

    /// <summary>The authority behind a method, in this language; the library's English name where none is known.</summary>
    public string MethodName(CalculationMethod method) =>
        ReferenceEquals(this, Arabic) && ArabicMethodNames.TryGetValue(method.Id, out var name) ? name : method.Name;

    private static readonly Dictionary<string, string> ArabicMethodNames = new(StringComparer.Ordinal)
    {
        ["uae"] = "الهيئة العامة للشؤون الإسلامية والأوقاف (الإمارات)",
        ["umm-al-qura"] = "جامعة أم القرى، مكة المكرمة",
        ["mwl"] = "رابطة العالم الإسلامي",
        ["egyptian"] = "الهيئة المصرية العامة للمساحة",
        ["karachi"] = "جامعة العلوم الإسلامية، كراتشي",
        ["isna"] = "الجمعية الإسلامية لأمريكا الشمالية",
        ["qatar"] = "وزارة الأوقاف والشؤون الإسلامية (قطر)",
        ["kuwait"] = "وزارة الأوقاف والشؤون الإسلامية (الكويت)",
        ["moonsighting-committee"] = "لجنة رؤية الهلال العالمية",
        ["singapore"] = "المجلس الإسلامي في سنغافورة",
        ["turkey"] = "رئاسة الشؤون الدينية التركية (تقريبي)",
        ["tehran"] = "معهد الجيوفيزياء، جامعة طهران",
    };

    public static PrayerTimesText For(string editionCode) => editionCode == "ar" ? Arabic : English;

    public static readonly PrayerTimesText English = new()
    {
        Title = "Prayer times",
        NextPrayer = "Next prayer",
        City = "City",
        Show = "Show",
        FullTimetable = "All cities and full timetable",
        AllCities = "Prayer times in UAE cities",
        Today = "Today",
        Tomorrow = "Tomorrow",
        TimesFor = "Prayer times in",
        CityChosen = "Your city is saved on this device; the header shows it from now on.",
        MethodNote = "Calculated for each city's own coordinates; official timetables may differ by a minute. Method:",
        NotApplicable = "—",
        Fajr = "Fajr",
        Sunrise = "Sunrise",
        Dhuhr = "Dhuhr",
        Asr = "Asr",
        Maghrib = "Maghrib",
        Isha = "Isha",
    };

    public static readonly PrayerTimesText Arabic = new()
    {
        Title = "مواقيت الصلاة",
        NextPrayer = "الصلاة القادمة",
        City = "المدينة",
        Show = "عرض",
        FullTimetable = "جميع المدن والمواقيت كاملة",
        AllCities = "مواقيت الصلاة في مدن الإمارات",
        Today = "اليوم",
        Tomorrow = "غداً",
        TimesFor = "مواقيت الصلاة في",
        CityChosen = "حُفظت مدينتك على هذا الجهاز، وستظهر في أعلى الصفحة من الآن.",
        MethodNote = "تُحسب المواقيت وفق إحداثيات كل مدينة، وقد تختلف الجداول الرسمية بدقيقة. طريقة الحساب:",
        NotApplicable = "—",
        Fajr = "الفجر",
        Sunrise = "الشروق",
        Dhuhr = "الظهر",
        Asr = "العصر",
        Maghrib = "المغرب",
        Isha = "العشاء",
    };
}
