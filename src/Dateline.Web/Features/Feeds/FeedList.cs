namespace Dateline.Web.Features.Feeds;

/// <summary>Which list of an edition a feed mirrors.</summary>
public enum FeedList
{
    Home,
    Section,
    Topic,
    Author,
}
