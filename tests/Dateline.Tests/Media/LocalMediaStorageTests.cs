using System.Text;
using Dateline.Web.Features.Media;

namespace Dateline.Tests.Media;

public sealed class LocalMediaStorageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dateline-tests", "storage-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("../outside.jpg")]
    [InlineData("renditions/../../outside.jpg")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    [InlineData("renditions/\0.jpg")]
    public async Task Keys_that_leave_the_media_folder_are_rejected(string key)
    {
        var storage = new LocalMediaStorage(_root);

        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(key, new MemoryStream([1, 2, 3]), "image/jpeg"));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.ExistsAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.DeleteAsync(key));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_root)!, "outside.jpg")));
    }

    [Fact]
    public async Task A_written_file_reads_back_with_its_length_and_time()
    {
        var storage = new LocalMediaStorage(_root);
        var before = DateTimeOffset.UtcNow.AddSeconds(-2);

        await storage.WriteAsync("originals/2025/01/a.jpg", new MemoryStream(Encoding.UTF8.GetBytes("first")), "image/jpeg");
        var stored = await storage.OpenReadAsync("originals/2025/01/a.jpg");

        Assert.NotNull(stored);
        await using (stored.Content)
        {
            using var reader = new StreamReader(stored.Content);
            Assert.Equal("first", await reader.ReadToEndAsync());
        }

        Assert.Equal(5, stored.Length);
        Assert.InRange(stored.LastModified, before, DateTimeOffset.UtcNow.AddSeconds(2));
        Assert.Null(await storage.OpenReadAsync("originals/2025/01/missing.jpg"));
    }

    [Fact]
    public async Task A_write_that_fails_midway_leaves_the_earlier_file_whole_and_no_temporary_file()
    {
        var storage = new LocalMediaStorage(_root);
        await storage.WriteAsync("renditions/1/320.webp", new MemoryStream(Encoding.UTF8.GetBytes("complete")), "image/webp");

        await Assert.ThrowsAsync<IOException>(() => storage.WriteAsync("renditions/1/320.webp", new FailingStream(), "image/webp"));

        var folder = Path.Combine(_root, "renditions", "1");
        Assert.Equal(["320.webp"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal("complete", await File.ReadAllTextAsync(Path.Combine(folder, "320.webp")));
    }

    [Fact]
    public async Task Writing_again_replaces_the_file_while_an_open_reader_keeps_the_old_bytes()
    {
        var storage = new LocalMediaStorage(_root);
        await storage.WriteAsync("renditions/2/320.jpg", new MemoryStream(Encoding.UTF8.GetBytes("old")), "image/jpeg");
        var reading = await storage.OpenReadAsync("renditions/2/320.jpg");

        await storage.WriteAsync("renditions/2/320.jpg", new MemoryStream(Encoding.UTF8.GetBytes("new!")), "image/jpeg");

        Assert.NotNull(reading);
        await using (reading.Content)
        {
            using var reader = new StreamReader(reading.Content);
            Assert.Equal("old", await reader.ReadToEndAsync());
        }

        Assert.Equal("new!", await File.ReadAllTextAsync(Path.Combine(_root, "renditions", "2", "320.jpg")));
    }

    [Fact]
    public async Task Deleting_removes_the_file_and_tolerates_a_missing_one()
    {
        var storage = new LocalMediaStorage(_root);
        await storage.WriteAsync("renditions/3/320.jpg", new MemoryStream([1]), "image/jpeg");

        await storage.DeleteAsync("renditions/3/320.jpg");
        await storage.DeleteAsync("renditions/3/320.jpg");

        Assert.False(await storage.ExistsAsync("renditions/3/320.jpg"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Yields some bytes, then fails, as a dropped upload or a full disk would.</summary>
    private sealed class FailingStream : Stream
    {
        private bool _sent;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_sent)
            {
                throw new IOException("Connection reset.");
            }

            _sent = true;
            buffer[offset] = 42;
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
