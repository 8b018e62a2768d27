using Dateline.Web.Features.Editions;

namespace Dateline.Web.Features.Feeds;

/// <summary>What a feed says about itself: the list it mirrors, in which edition, and where it lives.</summary>
public sealed record FeedChannel(EditionView Edition, string Title, string Description, string ListPath);
