using System.Globalization;
using Dateline.Web.Infrastructure;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Dateline.Web.Features.Search;

/// <summary>
/// This node's Lucene index of published stories (both editions, each document analysed in its edition's language).
/// One writer for the process; searches read near-real-time snapshots that <see cref="Commit"/> refreshes. The feed
/// position the index is current to is stored in the index's own commit, so the index and its position never disagree.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Raised when the stored fields or analysis change: an index of another layout is rebuilt on start.</summary>
    private const string LayoutVersion = "2";

    private const string PositionKey = "feed-position";
    private const string LayoutKey = "layout";
    private const int AlternativeFolders = 8;

    private readonly Lazy<State> _state;
    private readonly ILogger<SearchIndex> _logger;

    public SearchIndex(IOptions<SearchOptions> options, IOptions<DatelineOptions> site, ILogger<SearchIndex> logger)
    {
        _logger = logger;
        var configured = options.Value.IndexPath;
        BasePath = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Path.Combine(site.Value.ResolveDataPath(), "search") : configured);
        _state = new(Open, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The configured folder; <see cref="Folder"/> is the one this node opened.</summary>
    public string BasePath { get; }

    /// <summary>Opens only <see cref="BasePath"/> (the CLI must rebuild the node's own index, never a spare one).</summary>
    public bool ExactFolderOnly { get; set; }

    public string Folder => _state.Value.Folder;

    /// <summary>Whether the index holds a complete build of the current layout (else the follower rebuilds it).</summary>
    public bool IsBuilt
    {
        get
        {
            var data = _state.Value.Writer.CommitData;
            return data.TryGetValue(LayoutKey, out var layout) && layout == LayoutVersion && data.ContainsKey(PositionKey);
        }
    }

    /// <summary>The id of the last change-feed event applied; 0 before the first build.</summary>
    public long Position =>
        _state.Value.Writer.CommitData.TryGetValue(PositionKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var position)
            ? position
            : 0;

    public void Upsert(IndexedArticle article) =>
        _state.Value.Writer.UpdateDocument(SearchFields.IdTerm(article.Id), SearchFields.Build(article), SearchAnalyzers.For(article.EditionCode));

    public void Delete(int articleId) => _state.Value.Writer.DeleteDocuments(SearchFields.IdTerm(articleId));

    public void DeleteAll() => _state.Value.Writer.DeleteAll();

    /// <summary>Makes the changes durable with the feed position they reach, and visible to searches.</summary>
    public void Commit(long position)
    {
        var state = _state.Value;
        state.Writer.SetCommitData(new Dictionary<string, string>
        {
            [PositionKey] = position.ToString(CultureInfo.InvariantCulture),
            [LayoutKey] = LayoutVersion,
        });
        state.Writer.Commit();
        state.Searchers.MaybeRefreshBlocking();
    }

    /// <summary>Runs <paramref name="read"/> on a current snapshot of the index.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searchers = _state.Value.Searchers;
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Bytes of the index on disk.</summary>
    public long SizeOnDisk() =>
        new DirectoryInfo(Folder).EnumerateFiles().Where(f => f.Name != "write.lock").Sum(f => f.Length);

    public void Dispose()
    {
        if (_state.IsValueCreated)
        {
            var state = _state.Value;
            state.Searchers.Dispose();
            state.Writer.Dispose();
            state.Directory.Dispose();
        }
    }

    private State Open()
    {
        for (var attempt = 1; ; attempt++)
        {
            var folder = attempt == 1 ? BasePath : $"{BasePath}-{attempt}";
            System.IO.Directory.CreateDirectory(folder);
            var directory = FSDirectory.Open(folder);
            try
            {
                var config = new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.English)
                {
                    OpenMode = OpenMode.CREATE_OR_APPEND,
                    RAMBufferSizeMB = 64,
                };
                var writer = new IndexWriter(directory, config);
                if (attempt > 1)
                {
                    _logger.LogInformation("Search index {Configured} is in use by another process; this node keeps its own at {Folder}", BasePath, folder);
                }

                return new State(folder, directory, writer, new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null));
            }
            catch (LockObtainFailedException) when (!ExactFolderOnly && attempt < AlternativeFolders)
            {
                directory.Dispose();
            }
            catch (LockObtainFailedException ex)
            {
                directory.Dispose();
                throw new InvalidOperationException($"The search index at {folder} is in use by another process (a running node?).", ex);
            }
        }
    }

    private sealed record State(string Folder, LuceneDirectory Directory, IndexWriter Writer, SearcherManager Searchers);
}
