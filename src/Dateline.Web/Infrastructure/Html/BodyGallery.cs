using AngleSharp.Dom;

namespace Dateline.Web.Infrastructure.Html;

/// <summary>
/// The gallery placeholder the editor stores in a body: <c>&lt;figure data-gallery&gt;</c> holding, in order, one
/// <c>&lt;figure&gt;</c> per photo (a media-library <c>img</c> and an optional <c>figcaption</c>) and optionally a
/// <c>figcaption</c> of its own. Readers never see it as stored: the media feature renders it as a swipeable gallery.
/// </summary>
public static class BodyGallery
{
    public const string Attribute = "data-gallery";

    /// <summary>More than this many photos in one gallery are dropped (a runaway paste, not a story).</summary>
    public const int MaxItems = 60;

    /// <summary>
    /// Runs after the allow-list (so every remaining <c>img</c> is a library image): each gallery keeps only its photo
    /// figures and one caption, each photo figure only its image and caption; nested or empty galleries go.
    /// </summary>
    public static void Normalize(IElement? root)
    {
        if (root is null)
        {
            return;
        }

        foreach (var gallery in root.QuerySelectorAll("figure[data-gallery]").ToList())
        {
            if (gallery.ParentElement?.Closest("figure") is not null)
            {
                gallery.RemoveAttribute(Attribute);
                continue;
            }

            gallery.SetAttribute(Attribute, "");
            IElement? caption = null;
            var items = 0;
            foreach (var child in gallery.ChildNodes.ToList())
            {
                if (child is IElement { LocalName: "figcaption" } element && caption is null)
                {
                    caption = element;
                    continue;
                }

                if (child is IElement { LocalName: "figure" } item && items < MaxItems && KeepItem(item))
                {
                    items++;
                    continue;
                }

                child.RemoveFromParent();
            }

            if (items == 0)
            {
                gallery.Remove();
            }
            else if (caption is not null)
            {
                gallery.AppendChild(caption);
            }
        }
    }

    private static bool KeepItem(IElement item)
    {
        if (item.HasAttribute("data-embed") || item.HasAttribute(Attribute))
        {
            return false;
        }

        IElement? image = null;
        IElement? caption = null;
        foreach (var child in item.ChildNodes.ToList())
        {
            switch (child)
            {
                case IElement { LocalName: "img" } img when image is null && img.HasAttribute("data-media-id"):
                    image = img;
                    break;
                case IElement { LocalName: "figcaption" } figcaption when image is not null && caption is null:
                    caption = figcaption;
                    break;
                default:
                    child.RemoveFromParent();
                    break;
            }
        }

        return image is not null;
    }
}
