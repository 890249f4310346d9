namespace IucRecruit.Data.Privacy;

/// <summary>
/// ZipArchive, even through its asynchronous API, finishes each compressed entry with a synchronous
/// write, which ASP.NET Core refuses on a response body. This stream keeps synchronous writes in
/// memory and passes everything on to the destination asynchronously, so an archive can be
/// streamed to a download. It holds at most what was written synchronously since the last
/// asynchronous write or flush: an entry's last few kilobytes.
/// </summary>
internal sealed class AsyncOnlyOutput(Stream destination) : Stream
{
    private readonly MemoryStream pending = new();
    private long written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        pending.Write(buffer);
        written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendPendingAsync(cancellationToken);
        await destination.WriteAsync(buffer, cancellationToken);
        written += buffer.Length;
    }

    /// <summary>Nothing can be sent synchronously; <see cref="FlushAsync"/> sends what waits.</summary>
    public override void Flush() { }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendPendingAsync(cancellationToken);
        await destination.FlushAsync(cancellationToken);
    }

    private async Task SendPendingAsync(CancellationToken cancellationToken)
    {
        if (pending.Length == 0) return;
        await destination.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken);
        pending.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
