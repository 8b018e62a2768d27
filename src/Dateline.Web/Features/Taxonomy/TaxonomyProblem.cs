namespace Dateline.Web.Features.Taxonomy;

/// <summary>Why a change to a section, topic, author or agency was refused; the pages say it in the user's language.</summary>
public enum TaxonomyProblem
{
    NotFound,
    NameInvalid,
    SlugInvalid,
    SlugTaken,
    CodeInvalid,
    CodeTaken,
    CreditInvalid,
    BioTooLong,
    MergeTargetNotFound,
    MergeIntoItself,
    PhotoNotFound,
}
