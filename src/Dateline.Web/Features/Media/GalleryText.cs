namespace Dateline.Web.Features.Media;

/// <summary>What the public gallery says, in the edition's language (the script's controls read it from the markup).</summary>
public sealed record GalleryText(string Label, string Previous, string Next, string Count)
{
    public static readonly GalleryText English = new("Photo gallery, {0} photos", "Previous photo", "Next photo", "{0} / {1}");

    public static readonly GalleryText Arabic = new("معرض صور، عدد الصور: {0}", "الصورة السابقة", "الصورة التالية", "{0} / {1}");

    public static GalleryText For(string editionCode) => editionCode == "ar" ? Arabic : English;
}
