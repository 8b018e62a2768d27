using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Infrastructure.Html;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Media;

/// <summary>
/// Renders the library images of a stored body for readers: every <c>img data-media-id</c> becomes a responsive
/// <c>&lt;picture&gt;</c> of renditions (srcset, lazy, sized), captions gain the photo's credit, and each gallery
/// placeholder (<see cref="BodyGallery"/>) becomes a list that scrolls sideways with snap points: swipeable,
/// keyboard-scrollable and complete without script, which only adds the buttons and the "3 / 8" count.
/// The stored body keeps the editor's placeholders, so a change of widths or markup applies to every story.
/// </summary>
public sealed class BodyImages(DatelineDbContext db, IOptions<MediaOptions> options)
{
    // As the hero image: the column is at most 760 px wide.
    private const string Sizes = "(min-width: 800px) 760px, 100vw";
    private const int FallbackWidth = 800;

    private static readonly HtmlParser Parser = new();

    public async Task<string> RenderAsync(string html, string editionCode, CancellationToken cancellationToken = default)
    {
        if (!html.Contains("data-media-id", StringComparison.Ordinal))
        {
            return html;
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><body></body>");
        var body = document.Body!;
        body.InnerHtml = html;
        var images = body.QuerySelectorAll("img[data-media-id]").ToList();
        var ids = images.Select(i => int.TryParse(i.GetAttribute("data-media-id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();
        var assets = await db.MediaAssets.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Select(m => new BodyAsset(m.Id, m.Width, m.Height, m.AltText, m.Credit))
            .ToDictionaryAsync(m => m.Id, cancellationToken);

        var text = GalleryText.For(editionCode);
        var number = 0;
        foreach (var gallery in body.QuerySelectorAll("figure[data-gallery]").ToList())
        {
            RenderGallery(document, gallery, ++number, assets, text);
        }

        foreach (var image in body.QuerySelectorAll("img[data-media-id]").ToList())
        {
            var figure = image.ParentElement is { LocalName: "figure" } parent ? parent : null;
            if (Asset(image, assets) is not { } asset)
            {
                (figure ?? image).Remove();
                continue;
            }

            image.Replace(Picture(document, image, asset, null));
            if (figure is not null)
            {
                figure.ClassName = "body-figure";
                Credit(document, figure, asset);
            }
        }

        return body.InnerHtml;
    }

    private void RenderGallery(IDocument document, IElement gallery, int number, Dictionary<int, BodyAsset> assets, GalleryText text)
    {
        var items = gallery.Children.Where(c => c.LocalName == "figure").ToList();
        var track = document.CreateElement("ol");
        track.ClassName = "gallery__track";
        track.SetAttribute("tabindex", "0");
        track.SetAttribute("data-gallery-track", "");
        var count = 0;
        foreach (var item in items)
        {
            item.Remove();
            if (item.QuerySelector("img[data-media-id]") is not { } image || Asset(image, assets) is not { } asset)
            {
                continue;
            }

            count++;
            image.Replace(Picture(document, image, asset, "gallery__image"));
            item.ClassName = "gallery__item";
            Credit(document, item, asset);
            var slide = document.CreateElement("li");
            slide.ClassName = "gallery__slide";
            slide.Id = string.Create(CultureInfo.InvariantCulture, $"gallery-{number}-{count}");
            slide.AppendChild(item);
            track.AppendChild(slide);
        }

        if (count == 0)
        {
            gallery.Remove();
            return;
        }

        track.SetAttribute("aria-label", string.Format(CultureInfo.InvariantCulture, text.Label, count));
        gallery.ClassName = "gallery";
        gallery.SetAttribute("data-previous", text.Previous);
        gallery.SetAttribute("data-next", text.Next);
        gallery.SetAttribute("data-count", text.Count);
        if (gallery.Children.FirstOrDefault(c => c.LocalName == "figcaption") is { } caption)
        {
            caption.ClassName = "gallery__caption";
        }

        gallery.Prepend(track);
    }

    private static BodyAsset? Asset(IElement image, Dictionary<int, BodyAsset> assets) =>
        int.TryParse(image.GetAttribute("data-media-id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        && assets.TryGetValue(id, out var asset) ? asset : null;

    private IElement Picture(IDocument document, IElement image, BodyAsset asset, string? className)
    {
        var widths = options.Value.WidthsFor(asset.Width);
        var picture = document.CreateElement("picture");
        var source = document.CreateElement("source");
        source.SetAttribute("type", RenditionFormat.Webp.ContentType);
        source.SetAttribute("srcset", Srcset(asset, widths, RenditionFormat.Webp));
        source.SetAttribute("sizes", Sizes);
        picture.AppendChild(source);

        var img = document.CreateElement("img");
        img.SetAttribute("src", MediaUrls.RenditionUrl(asset.Id, widths.LastOrDefault(w => w <= FallbackWidth, widths[0]), RenditionFormat.Jpeg));
        img.SetAttribute("srcset", Srcset(asset, widths, RenditionFormat.Jpeg));
        img.SetAttribute("sizes", Sizes);
        img.SetAttribute("width", asset.Width.ToString(CultureInfo.InvariantCulture));
        img.SetAttribute("height", asset.Height.ToString(CultureInfo.InvariantCulture));
        var alt = image.GetAttribute("alt");
        img.SetAttribute("alt", string.IsNullOrWhiteSpace(alt) ? asset.AltText ?? "" : alt);
        if (className is not null)
        {
            img.ClassName = className;
        }

        img.SetAttribute("loading", "lazy");
        img.SetAttribute("decoding", "async");
        picture.AppendChild(img);
        return picture;
    }

    private static string Srcset(BodyAsset asset, IReadOnlyList<int> widths, RenditionFormat format)
    {
        var builder = new StringBuilder(widths.Count * 32);
        foreach (var width in widths)
        {
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            MediaUrls.AppendRenditionUrl(builder, asset.Id, width, format).Append(' ').Append(Math.Min(width, asset.Width)).Append('w');
        }

        return builder.ToString();
    }

    /// <summary>The photo's credit after its caption, as under the hero image; a figure without caption gets one for it.</summary>
    private static void Credit(IDocument document, IElement figure, BodyAsset asset)
    {
        var caption = figure.Children.FirstOrDefault(c => c.LocalName == "figcaption");
        if (string.IsNullOrWhiteSpace(asset.Credit))
        {
            if (caption is not null && string.IsNullOrWhiteSpace(caption.TextContent))
            {
                caption.Remove();
            }

            return;
        }

        if (caption is null)
        {
            caption = document.CreateElement("figcaption");
            figure.AppendChild(caption);
        }

        var credit = document.CreateElement("span");
        credit.ClassName = "story__credit";
        credit.TextContent = asset.Credit;
        caption.AppendChild(credit);
    }

    private sealed record BodyAsset(int Id, int Width, int Height, string? AltText, string? Credit);
}
