namespace Dateline.Web.Features.Editions;

public enum TextDirection
{
    Ltr = 0,
    Rtl = 1,
}
