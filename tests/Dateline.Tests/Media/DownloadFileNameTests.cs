using Dateline.Web.Features.Media;

namespace Dateline.Tests.Media;

public sealed class DownloadFileNameTests
{
    [Theory]
    [InlineData("dubai-metro-extension-opens", ".jpg", "dubai-metro-extension-opens.jpg", "dubai-metro-extension-opens.jpg")]
    [InlineData("الشارقة-تحتفل-باليوم-الوطني", ".jpg", "الشارقة-تحتفل-باليوم-الوطني.jpg", "image.jpg")]
    [InlineData("دبي-Expo-2030", ".png", "دبي-Expo-2030.png", "Expo-2030.png")]
    [InlineData("say \"cheese\"", ".jpg", "say-cheese.jpg", "say-cheese.jpg")]
    [InlineData("../../etc/passwd", ".webp", "etc-passwd.webp", "etc-passwd.webp")]
    [InlineData("", ".jpg", "image.jpg", "image.jpg")]
    [InlineData("   ", ".jpg", "image.jpg", "image.jpg")]
    [InlineData(null, ".gif", "image.gif", "image.gif")]
    [InlineData("photo.JPG", ".jpg", "photo.jpg", "photo.jpg")]
    [InlineData("invoice\u202Egpj.exe", ".jpg", "invoice-gpj-exe.jpg", "invoice-gpj-exe.jpg")]
    [InlineData("café", "jpg", "café.jpg", "caf.jpg")]
    public void Names_keep_letters_of_any_script_and_get_the_original_extension(string? requested, string extension, string unicode, string ascii)
    {
        var name = DownloadFileName.From(requested, extension);

        Assert.Equal(unicode, name.Unicode);
        Assert.Equal(ascii, name.Ascii);
    }

    [Fact]
    public void Harakat_stay_in_the_unicode_name()
    {
        var name = DownloadFileName.From("مُحَمَّد", ".jpg");

        Assert.Equal("مُحَمَّد.jpg", name.Unicode);
    }

    [Fact]
    public void Long_names_are_cut_to_a_hundred_characters_before_the_extension()
    {
        var name = DownloadFileName.From(new string('ع', 300), ".jpg");

        Assert.Equal(100 + ".jpg".Length, name.Unicode.Length);
    }

    [Fact]
    public void The_header_is_an_attachment_with_an_ascii_name_and_a_utf8_name()
    {
        var header = DownloadFileName.From("الشارقة", ".jpg").ToContentDisposition().ToString();

        Assert.StartsWith("attachment", header, StringComparison.Ordinal);
        Assert.Contains("filename=image.jpg", header, StringComparison.Ordinal);
        Assert.Contains("filename*=UTF-8''%D8%A7%D9%84%D8%B4%D8%A7%D8%B1%D9%82%D8%A9.jpg", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Download_urls_escape_the_name_and_never_leave_it_empty()
    {
        Assert.Equal("/media/7/download/%D8%AF%D8%A8%D9%8A", MediaUrls.DownloadUrl(7, "دبي"));
        Assert.Equal("/media/7/download/image", MediaUrls.DownloadUrl(7, " "));
    }
}
