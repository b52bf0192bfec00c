using Discovery.Credentials;
using Discovery.Testing;

namespace Discovery.Credentials.Tests;

public sealed class PasswordResolverTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Func<string, string?> Env(string? password) =>
        name => name == PasswordResolver.EnvironmentVariable ? password : null;

    private static async Task<string> WritePrivateAsync(TempDirectory dir, string content)
    {
        var path = dir.File("password");
        await File.WriteAllTextAsync(path, content, Token);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }

    [Theory]
    [InlineData("hunter2\n", "hunter2")]
    [InlineData("hunter2\r\n", "hunter2")]
    [InlineData("hunter2", "hunter2")]
    [InlineData("pass with spaces \nsecond line\n", "pass with spaces ")]
    public async Task ResolveAsync_PasswordFile_ReadsFirstLineOnly(string content, string expected)
    {
        using var dir = new TempDirectory();
        var path = await WritePrivateAsync(dir, content);

        var password = await PasswordResolver.ResolveAsync(path, false, Env("from-env"), new StringReader("from-stdin"), Token);

        Assert.Equal(new GlobalPassword(expected, PasswordSource.File, null), password);
    }

    [Fact]
    public async Task ResolveAsync_WorldReadableFile_WarnsButReads()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes only");
            return;
        }

        using var dir = new TempDirectory();
        var path = await WritePrivateAsync(dir, "hunter2\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var password = await PasswordResolver.ResolveAsync(path, false, Env(null), TextReader.Null, Token);

        Assert.Equal("hunter2", password?.Password);
        Assert.Equal($"password file {path} is readable by other users (mode 644); run chmod 600 {path}", password?.Warning);
    }

    [Fact]
    public async Task ResolveAsync_EmptyFile_Throws()
    {
        using var dir = new TempDirectory();
        var path = await WritePrivateAsync(dir, "\n");

        var ex = await Assert.ThrowsAsync<CredentialException>(() => PasswordResolver.ResolveAsync(path, false, Env(null), TextReader.Null, Token));

        Assert.Equal($"password file {path} is empty (the password is its first line)", ex.Message);
    }

    [Fact]
    public async Task ResolveAsync_MissingFile_ThrowsNamingFile()
    {
        using var dir = new TempDirectory();

        var ex = await Assert.ThrowsAsync<CredentialException>(
            () => PasswordResolver.ResolveAsync(dir.File("nope"), false, Env(null), TextReader.Null, Token));

        Assert.StartsWith($"cannot read password file {dir.File("nope")}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_EnvironmentSet_BeatsStdin()
    {
        var password = await PasswordResolver.ResolveAsync(null, true, Env("from-env"), new StringReader("from-stdin\n"), Token);

        Assert.Equal(new GlobalPassword("from-env", PasswordSource.Environment, null), password);
    }

    [Fact]
    public async Task ResolveAsync_Stdin_ReadsFirstLine()
    {
        var password = await PasswordResolver.ResolveAsync(null, true, Env(""), new StringReader("from-stdin\nmore\n"), Token);

        Assert.Equal(new GlobalPassword("from-stdin", PasswordSource.Stdin, null), password);
    }

    [Fact]
    public async Task ResolveAsync_EmptyStdin_Throws()
    {
        await Assert.ThrowsAsync<CredentialException>(() => PasswordResolver.ResolveAsync(null, true, Env(null), TextReader.Null, Token));
    }

    [Fact]
    public async Task ResolveAsync_NoSource_ReturnsNullWithoutReadingStdin()
    {
        var stdin = new StringReader("not for us\n");

        Assert.Null(await PasswordResolver.ResolveAsync(null, false, Env(null), stdin, Token));
        Assert.Equal("not for us", await stdin.ReadLineAsync(Token));
    }

    [Fact]
    public async Task ResolveAsync_FileAndStdin_Throws()
    {
        await Assert.ThrowsAsync<CredentialException>(() => PasswordResolver.ResolveAsync("f", true, Env(null), TextReader.Null, Token));
    }

    [Fact]
    public void GlobalPassword_ToString_HidesPassword()
    {
        var text = new GlobalPassword("hunter2", PasswordSource.Stdin, null).ToString();

        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.Contains("Source = Stdin", text, StringComparison.Ordinal);
    }
}
