namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>"Correction, {date}: …" fixes an error; "Update, {date}: …" adds news.</summary>
public enum CorrectionKind
{
    Correction = 0,
    Update = 1,
}
