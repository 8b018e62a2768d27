using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Calendar;

/// <summary>Settings for the dates in the header, bound from the <c>Calendar</c> section.</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>
    /// Days added to the computed Umm al-Qura date when the local moon-sighting announcement differs from it
    /// (e.g. Ramadan or Shawwal declared a day later than the tabulated calendar); 0 normally.
    /// </summary>
    [Range(-1, 1)]
    public int HijriAdjustmentDays { get; set; }
}
