namespace Dateline.PrayerTimes;

/// <summary>A city or town in the UAE catalogue, with names in both site languages.</summary>
/// <param name="Id">URL slug, lower case, e.g. "ras-al-khaimah".</param>
/// <param name="EnglishName">Display name in English.</param>
/// <param name="ArabicName">Display name in Arabic.</param>
/// <param name="Emirate">The emirate, in English, for grouping in menus.</param>
/// <param name="Coordinates">City centre; a few kilometres move times by well under a minute.</param>
public sealed record UaeCity(string Id, string EnglishName, string ArabicName, string Emirate, Coordinates Coordinates);
