using System.Globalization;
using System.Text.Json;

namespace Dateline.PrayerTimes.Tests;

/// <summary>
/// One Adhan reference timetable from tests/Reference/prayer-times, read as published: the authority's
/// parameters and its expected local times, each allowed to differ by <see cref="Variance"/> minutes.
/// </summary>
internal sealed record ReferenceTimetable(
    string FileName,
    Coordinates Coordinates,
    TimeZoneInfo TimeZone,
    CalculationParameters Parameters,
    int Variance,
    IReadOnlyList<ReferenceTimetable.Day> Days)
{
    private const string RelativeFolder = "Reference/prayer-times";

    internal sealed record Day(DateOnly Date, IReadOnlyDictionary<Prayer, TimeOnly> Times);

    /// <summary>The timetables, copied beside the test binaries from tests/Reference/prayer-times.</summary>
    public static string Folder { get; } = FindFolder();

    public static IEnumerable<string> FileNames() =>
        Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static ReferenceTimetable Load(string fileName)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, fileName)));
        var root = json.RootElement;
        var settings = root.GetProperty("params");

        var parameters = new CalculationParameters
        {
            Method = MethodNamed(settings.GetProperty("method").GetString()),
            Madhab = Enum.Parse<Madhab>(settings.GetProperty("madhab").GetString()!),
            HighLatitudeRule = Enum.Parse<HighLatitudeRule>(settings.GetProperty("highLatitudeRule").GetString()!),
        };
        var variance = root.TryGetProperty("variance", out var v) ? v.GetInt32() : 0;

        var days = root.GetProperty("times").EnumerateArray().Select(row => new Day(
            DateOnly.ParseExact(row.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Enum.GetValues<Prayer>().ToDictionary(
                prayer => prayer,
                prayer => TimeOnly.ParseExact(
                    row.GetProperty(prayer.ToString().ToLowerInvariant()).GetString()!,
                    "h:mm tt",
                    CultureInfo.InvariantCulture)))).ToList();

        return new ReferenceTimetable(
            fileName,
            new Coordinates(settings.GetProperty("latitude").GetDouble(), settings.GetProperty("longitude").GetDouble()),
            TimeZoneInfo.FindSystemTimeZoneById(settings.GetProperty("timezone").GetString()!),
            parameters,
            variance,
            days);
    }

    /// <summary>Adhan's method names, as the fixtures spell them, to our presets.</summary>
    private static CalculationMethod MethodNamed(string? name) => name switch
    {
        "Dubai" => CalculationMethod.Uae,
        "UmmAlQura" => CalculationMethod.UmmAlQura,
        "MuslimWorldLeague" => CalculationMethod.MuslimWorldLeague,
        "Egyptian" => CalculationMethod.Egyptian,
        "Karachi" => CalculationMethod.Karachi,
        "NorthAmerica" => CalculationMethod.NorthAmerica,
        "Qatar" => CalculationMethod.Qatar,
        "Kuwait" => CalculationMethod.Kuwait,
        "MoonsightingCommittee" => CalculationMethod.MoonsightingCommittee,
        "Singapore" => CalculationMethod.Singapore,
        "Turkey" => CalculationMethod.Turkey,
        "Tehran" => CalculationMethod.Tehran,
        _ => throw new InvalidDataException($"Fixture method '{name}' has no preset mapped in {nameof(ReferenceTimetable)}."),
    };

    private static string FindFolder()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, RelativeFolder);
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"No '{RelativeFolder}' in {AppContext.BaseDirectory}: the project copies tests/Reference to its output.");
    }
}
