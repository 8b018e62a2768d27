namespace Dateline.Web.Features.Calendar;

/// <summary>Names the header dates need in each edition's language.</summary>
public sealed class CalendarText
{
    public required IReadOnlyList<string> HijriMonthNames { get; init; }

    /// <summary>Era suffix after the Hijri year ("AH", "هـ").</summary>
    public required string HijriEra { get; init; }

    public required string HijriDateLabel { get; init; }

    public required string GregorianDateLabel { get; init; }

    public static CalendarText For(string editionCode) => editionCode == "ar" ? Arabic : English;

    public static readonly CalendarText English = new()
    {
        HijriMonthNames =
        [
            "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Awwal", "Jumada al-Thani",
            "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah",
        ],
        HijriEra = "AH",
        HijriDateLabel = "Hijri date",
        GregorianDateLabel = "Today",
    };

    public static readonly CalendarText Arabic = new()
    {
        HijriMonthNames =
        [
            "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
            "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
        ],
        HijriEra = "هـ",
        HijriDateLabel = "التاريخ الهجري",
        GregorianDateLabel = "اليوم",
    };
}
