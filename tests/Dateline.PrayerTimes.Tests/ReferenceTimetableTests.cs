using System.Globalization;

namespace Dateline.PrayerTimes.Tests;

public class ReferenceTimetableTests
{
    public static TheoryData<string> Files => new(ReferenceTimetable.FileNames());

    [Fact]
    public void All_eight_reference_timetables_are_found()
    {
        Assert.True(
            ReferenceTimetable.FileNames().Count() >= 8,
            $"Expected the 8 Adhan timetables in {ReferenceTimetable.Folder}.");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_time_in_the_reference_timetable_is_within_its_variance(string fileName)
    {
        var timetable = ReferenceTimetable.Load(fileName);
        var misses = new List<string>();

        foreach (var day in timetable.Days)
        {
            var computed = PrayerCalculator.Compute(day.Date, timetable.Coordinates, timetable.TimeZone, timetable.Parameters);
            foreach (var (prayer, expected) in day.Times)
            {
                var actual = computed.TimeOf(prayer);
                var expectedLocal = day.Date.ToDateTime(expected);
                if (actual is null)
                {
                    misses.Add($"{day.Date:yyyy-MM-dd} {prayer}: expected {expected:HH:mm}, got none");
                    continue;
                }

                var minutesOff = (actual.Value.DateTime - expectedLocal).TotalMinutes;
                if (Math.Abs(minutesOff) > timetable.Variance)
                {
                    misses.Add(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{day.Date:yyyy-MM-dd} {prayer}: expected {expected:HH:mm}, got {actual:yyyy-MM-dd HH:mm:ss} ({minutesOff:+0.#;-0.#} min)"));
                }
            }
        }

        Assert.True(
            misses.Count == 0,
            $"{fileName} (variance {timetable.Variance} min): {misses.Count} time(s) out of range:{Environment.NewLine}" +
            string.Join(Environment.NewLine, misses));
    }
}
