using System.ComponentModel.DataAnnotations;
using Dateline.PrayerTimes;

namespace Dateline.Web.Features.PrayerTimes;

/// <summary>How the site computes and shows prayer times, bound from the <c>PrayerTimes</c> section.</summary>
public sealed class PrayerTimesOptions : IValidatableObject
{
    public const string SectionName = "PrayerTimes";

    /// <summary>City slug shown to readers who have not chosen one (and in every cached page).</summary>
    public string DefaultCity { get; set; } = UaeCities.Default.Id;

    /// <summary>Calculation method id (<c>uae</c>, <c>umm-al-qura</c>, <c>mwl</c>, …).</summary>
    public string Method { get; set; } = CalculationMethod.Default.Id;

    /// <summary>Asr convention: <c>shafi</c> or <c>hanafi</c>.</summary>
    public Madhab Asr { get; set; } = Madhab.Shafi;

    /// <summary>Minutes added per prayer on top of the method's own offsets, e.g. to follow a local authority's table.</summary>
    public PrayerMinuteAdjustments Adjustments { get; set; } = new();

    /// <summary>Digits used by the Arabic edition's widgets; the English edition always uses Latin digits.</summary>
    public DigitStyle ArabicDigits { get; set; } = DigitStyle.Latin;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UaeCities.TryFind(DefaultCity, out _))
        {
            yield return new ValidationResult(
                $"PrayerTimes:DefaultCity '{DefaultCity}' is not a known city; use one of: {string.Join(", ", UaeCities.All.Select(c => c.Id))}.",
                [nameof(DefaultCity)]);
        }

        if (!CalculationMethod.TryFind(Method, out _))
        {
            yield return new ValidationResult(
                $"PrayerTimes:Method '{Method}' is not a known method; use one of: {string.Join(", ", CalculationMethod.All.Select(m => m.Id))}.",
                [nameof(Method)]);
        }

        foreach (var minutes in new[] { Adjustments.Fajr, Adjustments.Sunrise, Adjustments.Dhuhr, Adjustments.Asr, Adjustments.Maghrib, Adjustments.Isha })
        {
            if (minutes is < -60 or > 60)
            {
                yield return new ValidationResult("PrayerTimes:Adjustments must each be between -60 and 60 minutes.", [nameof(Adjustments)]);
                yield break;
            }
        }
    }
}
