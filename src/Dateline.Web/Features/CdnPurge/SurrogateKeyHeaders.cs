namespace Dateline.Web.Features.CdnPurge;

public static class SurrogateKeyHeaders
{
    public const string SurrogateKey = "Surrogate-Key";
    public const string CacheTag = "Cache-Tag";
}
