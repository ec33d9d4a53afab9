//HintName: deepseek.SECRET_TEXT
// Scaffolded by `dotnet activepieces pieces scaffold` from reference/deepseek.piece.json (@activepieces/piece-deepseek 0.1.7), auth SECRET_TEXT.
// This file is yours to edit; the analyzers check it against the piece's *.piece.json at every build.
#nullable enable

namespace Connections;

/// <summary>
/// The DeepSeek credentials (<c>@activepieces/piece-deepseek</c>, SECRET_TEXT "API Key").
/// </summary>
/// <remarks>
/// Follow these instructions to get your DeepSeek API Key:
///
/// 1. Visit the following website: <see href="https://platform.deepseek.com/api_keys">https://platform.deepseek.com/api_keys</see>.
/// 2. Once on the website, locate and click on the option to obtain your DeepSeek API Key.
/// </remarks>
[global::Activepieces.PieceAuth("@activepieces/piece-deepseek", global::Activepieces.AuthType.SecretText)]
public sealed partial record DeepSeekConnection
{
    /// <summary>API Key</summary>
    /// <remarks>
    /// Follow these instructions to get your DeepSeek API Key:
    ///
    /// 1. Visit the following website: <see href="https://platform.deepseek.com/api_keys">https://platform.deepseek.com/api_keys</see>.
    /// 2. Once on the website, locate and click on the option to obtain your DeepSeek API Key.
    /// <para>Sent as <c>secret_text</c>.</para>
    /// </remarks>
    [global::Activepieces.Secret]
    public required string ApiKey { get; init; }
}
