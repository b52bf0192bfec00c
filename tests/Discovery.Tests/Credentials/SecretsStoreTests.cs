using System.Text.Json.Nodes;
using Discovery.Credentials;
using Discovery.Testing;

namespace Discovery.Credentials.Tests;

public sealed class SecretsStoreTests
{
    private const string Password = "s3cret-Pa55word!";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SetAsync_ThenReadAll_RoundTripsEveryEntry()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        var store = new SecretsStore(dir.File("secrets.json"));

        await store.SetAsync("10.0.1.5", new BmcCredential("admin", Password), key, Token);
        await store.SetAsync("default", new BmcCredential("root", "fallback"), key, Token);
        await store.SetAsync("BMC-7.Lab", new BmcCredential("ops", "pässwörd"), key, Token);

        var all = await new SecretsStore(store.Path).ReadAllAsync(key, Token);
        Assert.Equal(new BmcCredential("admin", Password), all["10.0.1.5"]);
        Assert.Equal(new BmcCredential("root", "fallback"), all["default"]);
        Assert.Equal(new BmcCredential("ops", "pässwörd"), all["bmc-7.lab"]);
    }

    [Fact]
    public async Task SetAsync_ExistingKeyOtherSpelling_ReplacesEntry()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        var store = new SecretsStore(dir.File("secrets.json"));

        await store.SetAsync("fd00::5", new BmcCredential("admin", "old"), key, Token);
        await store.SetAsync("FD00:0::5", new BmcCredential("admin", "new"), key, Token);

        var entry = Assert.Single(await store.ReadAllAsync(key, Token));
        Assert.Equal(("fd00::5", "new"), (entry.Key, entry.Value.Password));
    }

    [Fact]
    public async Task SetAsync_FileOnDisk_HoldsNoPlaintextPassword()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        var store = new SecretsStore(dir.File("secrets.json"));

        await store.SetAsync("10.0.1.5", new BmcCredential("admin", Password), key, Token);

        var text = await File.ReadAllTextAsync(store.Path, Token);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(key.ToBase64(), text, StringComparison.Ordinal);
        Assert.Contains("\"username\": \"admin\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetAsync_NewStore_IsOwnerOnlyAndLeavesNoTempFile()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes only");
            return;
        }

        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        var store = new SecretsStore(Path.Combine(dir.Path, "config", "discover", "secrets.json"));

        await store.SetAsync("10.0.1.5", new BmcCredential("admin", Password), key, Token);
        await store.SetAsync("10.0.1.6", new BmcCredential("admin", Password), key, Token);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.Path));
        Assert.Equal(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            File.GetUnixFileMode(Path.GetDirectoryName(store.Path)!));
        Assert.Equal(["secrets.json"], Directory.GetFiles(Path.GetDirectoryName(store.Path)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ReadAllAsync_WrongKey_ThrowsClearErrorWithoutSecrets()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        using var other = SecretsKey.Generate();
        var store = new SecretsStore(dir.File("secrets.json"));
        await store.SetAsync("10.0.1.5", new BmcCredential("admin", Password), key, Token);

        var ex = await Assert.ThrowsAsync<CredentialException>(() => store.ReadAllAsync(other, Token));

        Assert.StartsWith("cannot decrypt secrets store: wrong key?", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(other.ToBase64(), ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetAsync_WrongKeyOnExistingStore_RefusesToMixKeys()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        using var other = SecretsKey.Generate();
        var store = new SecretsStore(dir.File("secrets.json"));
        await store.SetAsync("10.0.1.5", new BmcCredential("admin", Password), key, Token);

        await Assert.ThrowsAsync<CredentialException>(() => store.SetAsync("10.0.1.6", new BmcCredential("a", "b"), other, Token));

        Assert.Equal(Password, (await store.ReadAllAsync(key, Token))["10.0.1.5"].Password);
    }

    [Fact]
    public async Task ReadAllAsync_TamperedCiphertext_ThrowsNamingEntry()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        var store = new SecretsStore(dir.File("secrets.json"));
        await store.SetAsync("10.0.1.5", new BmcCredential("admin", Password), key, Token);
        await EditAsync(store.Path, root =>
        {
            var entry = root["entries"]![0]!;
            var bytes = Convert.FromBase64String((string)entry["ciphertext"]!);
            bytes[0] ^= 0x01;
            entry["ciphertext"] = Convert.ToBase64String(bytes);
        });

        var ex = await Assert.ThrowsAsync<CredentialException>(() => store.ReadAllAsync(key, Token));

        Assert.StartsWith("cannot decrypt secrets store entry '10.0.1.5'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAllAsync_SwappedEntries_Detected()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        var store = new SecretsStore(dir.File("secrets.json"));
        await store.SetAsync("10.0.1.5", new BmcCredential("admin", "five"), key, Token);
        await store.SetAsync("10.0.1.6", new BmcCredential("admin", "six"), key, Token);
        await EditAsync(store.Path, root =>
        {
            // Move 10.0.1.6's sealed password under 10.0.1.5's key, keeping everything else valid.
            var entries = root["entries"]!.AsArray();
            entries[0]!["nonce"] = (string)entries[1]!["nonce"]!;
            entries[0]!["ciphertext"] = (string)entries[1]!["ciphertext"]!;
        });

        var ex = await Assert.ThrowsAsync<CredentialException>(() => store.ReadAllAsync(key, Token));

        Assert.Contains("'10.0.1.5'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("modified or moved", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAllAsync_EditedUsername_Detected()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        var store = new SecretsStore(dir.File("secrets.json"));
        await store.SetAsync("10.0.1.5", new BmcCredential("admin", Password), key, Token);
        await EditAsync(store.Path, root => root["entries"]![0]!["username"] = "root");

        await Assert.ThrowsAsync<CredentialException>(() => store.ReadAllAsync(key, Token));
    }

    [Fact]
    public async Task ReadAllAsync_DamagedFile_ThrowsWithoutQuotingIt()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        var store = new SecretsStore(dir.File("secrets.json"));
        await File.WriteAllTextAsync(store.Path, "{ \"version\": 1, \"entries\": [ hunter2", Token);

        var ex = await Assert.ThrowsAsync<CredentialException>(() => store.ReadAllAsync(key, Token));

        Assert.Contains("is damaged", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_ShowsKeysAndUsernamesOnly()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        var store = new SecretsStore(dir.File("secrets.json"));
        await store.SetAsync("10.0.1.6", new BmcCredential("root", Password), key, Token);
        await store.SetAsync("10.0.1.5", new BmcCredential("admin", Password), key, Token);

        var entries = await store.ListAsync(Token);

        Assert.Equal([new SecretsStoreEntry("10.0.1.5", "admin"), new SecretsStoreEntry("10.0.1.6", "root")], entries);
        Assert.DoesNotContain(Password, string.Join(";", entries), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_NoFile_IsEmpty()
    {
        using var dir = new TempDirectory();

        Assert.Empty(await new SecretsStore(dir.File("missing.json")).ListAsync(Token));
    }

    [Fact]
    public async Task RemoveAsync_RemovesOnlyThatEntry()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        var store = new SecretsStore(dir.File("secrets.json"));
        await store.SetAsync("10.0.1.5", new BmcCredential("admin", "five"), key, Token);
        await store.SetAsync("10.0.1.6", new BmcCredential("admin", "six"), key, Token);

        Assert.True(await store.RemoveAsync("::ffff:10.0.1.5", Token));
        Assert.False(await store.RemoveAsync("10.0.1.5", Token));

        var entry = Assert.Single(await store.ReadAllAsync(key, Token));
        Assert.Equal(("10.0.1.6", "six"), (entry.Key, entry.Value.Password));
    }

    [Theory]
    [InlineData("default", "default")]
    [InlineData(" 10.0.1.5 ", "10.0.1.5")]
    [InlineData("FD00::0:5", "fd00::5")]
    [InlineData("BMC1.Example.COM", "bmc1.example.com")]
    public void NormalizeKey_CanonicalForm(string key, string expected)
    {
        Assert.Equal(expected, SecretsStore.NormalizeKey(key));
    }

    [Fact]
    public void NormalizeKey_Whitespace_Throws()
    {
        Assert.Throws<ArgumentException>(() => SecretsStore.NormalizeKey("a b"));
    }

    private static async Task EditAsync(string path, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(await File.ReadAllTextAsync(path, Token))!;
        edit(root);
        await File.WriteAllTextAsync(path, root.ToJsonString(), Token);
    }
}
