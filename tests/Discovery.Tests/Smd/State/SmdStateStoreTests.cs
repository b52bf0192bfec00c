using Discovery.Smd.State;
using Discovery.Testing;

namespace Discovery.Smd.State.Tests;

public sealed class SmdStateStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_ThenLoad_KeyedBySmdAndXname()
    {
        using var temp = new TempDirectory();
        var store = await SmdStateStore.LoadAsync(temp.Path, Token);
        store.Set("http://smd:27779", "x3000c0s1b0", "abc", DateTimeOffset.UnixEpoch);

        await store.SaveAsync(Token);
        var loaded = await SmdStateStore.LoadAsync(temp.Path, Token);

        Assert.Equal("abc", loaded.Get("http://smd:27779", "x3000c0s1b0"));
        Assert.Null(loaded.Get("http://other:27779", "x3000c0s1b0"));
        Assert.Null(loaded.Get("http://smd:27779", "x3000c0s2b0"));
        Assert.Equal([SmdStateStore.FileName], Directory.EnumerateFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task LoadAsync_NotAStateFile_InvalidDataAndEmptyReplacesIt()
    {
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.File(SmdStateStore.FileName), "{ half", Token);

        await Assert.ThrowsAsync<InvalidDataException>(() => SmdStateStore.LoadAsync(temp.Path, Token));
        var fresh = SmdStateStore.Empty(temp.Path);
        fresh.Set("http://smd:27779", "x3000c0s1b0", "abc", DateTimeOffset.UnixEpoch);
        await fresh.SaveAsync(Token);

        Assert.Equal("abc", (await SmdStateStore.LoadAsync(temp.Path, Token)).Get("http://smd:27779", "x3000c0s1b0"));
    }

    [Fact]
    public async Task LoadAsync_NoFile_EmptyStore()
    {
        using var temp = new TempDirectory();

        var store = await SmdStateStore.LoadAsync(Path.Combine(temp.Path, "missing"), Token);

        Assert.Null(store.Get("http://smd:27779", "x3000c0s1b0"));
    }
}
