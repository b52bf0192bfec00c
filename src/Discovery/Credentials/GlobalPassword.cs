using System.Text;

namespace Discovery.Credentials;

/// <summary>The run-wide password and where it came from. <see cref="ToString"/> hides the password.</summary>
/// <param name="Password">The password; keep it out of logs, output and exceptions.</param>
/// <param name="Source">Where it was read from.</param>
/// <param name="Warning">A printable caution about the source (e.g. a world-readable file), or null.</param>
internal sealed record GlobalPassword(string Password, PasswordSource Source, string? Warning)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Password = ***, Source = ").Append(Source).Append(", Warning = ").Append(Warning);
        return true;
    }
}
