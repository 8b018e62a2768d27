using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Dateline.Web.Features.Search;

/// <summary>The index's field names and how a story becomes a Lucene document.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Edition = "edition";
    public const string Slug = "slug";
    public const string Headline = "headline";
    public const string Standfirst = "standfirst";
    public const string Body = "body";
    public const string Topics = "topics";
    public const string TopicId = "topic";
    public const string Section = "section";
    public const string SectionName = "section_name";
    public const string Authors = "authors";
    public const string Agency = "agency";

    /// <summary>Publication time in UTC ticks: indexed for date filters and stored for results.</summary>
    public const string Published = "published";

    /// <summary>The same ticks as doc values, which recency ranking and the date tiebreak read per hit.</summary>
    public const string PublishedValue = "published_dv";

    /// <summary>The searchable text fields and their weight: a match in the headline counts most.</summary>
    public static readonly IReadOnlyDictionary<string, float> Searched = new Dictionary<string, float>
    {
        [Headline] = 4f,
        [Standfirst] = 2f,
        [Topics] = 2f,
        [Body] = 1f,
        [SectionName] = 1f,
        [Authors] = 1f,
        [Agency] = 0.5f,
    };

    /// <summary>The fields "More on this Topic" compares stories by.</summary>
    public static readonly string[] Similarity = [Headline, Standfirst, Body];

    /// <summary>
    /// The body keeps term vectors with positions and offsets, so snippets are cut from them without analysing the
    /// story again (<see cref="SearchSnippets"/>) and "More on this Topic" reads the body's terms from them.
    /// </summary>
    private static readonly FieldType BodyType = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    public static Term IdTerm(int id) => new(Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Document Build(IndexedArticle article)
    {
        var ticks = article.PublishedAt!.Value.Ticks;
        var doc = new Document
        {
            new StringField(Id, article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(Edition, article.EditionCode, Field.Store.YES),
            new StoredField(Slug, article.Slug),
            new TextField(Headline, article.Headline, Field.Store.YES),
            new TextField(Standfirst, article.Standfirst ?? "", Field.Store.YES),
            new Field(Body, PlainText.FromHtml(article.BodyHtml), BodyType),
            new TextField(Topics, string.Join(" \n ", article.Topics), Field.Store.NO),
            new StringField(Section, article.SectionSlug, Field.Store.YES),
            new TextField(SectionName, article.SectionName, Field.Store.YES),
            new TextField(Authors, string.Join(" \n ", article.Authors), Field.Store.NO),
            new TextField(Agency, article.Agency ?? "", Field.Store.NO),
            new Int64Field(Published, ticks, Field.Store.YES),
            new NumericDocValuesField(PublishedValue, ticks),
        };
        foreach (var topic in article.TopicIds)
        {
            doc.Add(new StringField(TopicId, topic.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO));
        }

        return doc;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
