namespace Dateline.Web.Features.PrayerTimes;

/// <summary>Which digits the Arabic edition's widgets use for times, dates and temperatures.</summary>
public enum DigitStyle
{
    /// <summary>0–9, as most UAE Arabic news sites print times.</summary>
    Latin = 0,

    /// <summary>٠–٩ (U+0660–U+0669).</summary>
    ArabicIndic = 1,
}
