//HintName: slack.CUSTOM_AUTH.named
// Scaffolded by `dotnet activepieces pieces scaffold` from npm/slack.piece.json (@activepieces/piece-slack 0.17.9), auth CUSTOM_AUTH.
// This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
#nullable enable

namespace Acme.Integrations.Slack;

/// <summary>
/// The Slack credentials (<c>@activepieces/piece-slack</c>, CUSTOM_AUTH "Bot Token").
/// </summary>
/// <remarks>
/// Authenticate using a Slack bot token (and optional user token).
/// </remarks>
[global::Activepieces.PieceAuth("@activepieces/piece-slack", global::Activepieces.AuthType.CustomAuth, ExternalIdPrefix = "slack_bot_")]
public sealed partial record SlackBotToken
{
    /// <summary>Bot Token</summary>
    /// <remarks>
    /// The bot token for your Slack app (starts with xoxb-)
    /// <para>Prop <c>botToken</c>: SECRET_TEXT, required.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public required string BotToken { get; init; }

    /// <summary>User Token</summary>
    /// <remarks>
    /// Optional user token for actions that require user-level access (starts with xoxp-)
    /// <para>Prop <c>userToken</c>: SECRET_TEXT, optional.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public string? UserToken { get; init; }
}
