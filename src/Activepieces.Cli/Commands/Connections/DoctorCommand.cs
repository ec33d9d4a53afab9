using System.CommandLine;
using Activepieces.Cli.CommandLine;
using Activepieces.Cli.Fleet;
using Activepieces.Cli.Instance;

namespace Activepieces.Cli.Commands.Connections;

/// <summary>
/// <c>connections doctor &lt;externalProjectId&gt; --piece NAME [--prefix P] [--json] [--revalidate]</c>: explains whether
/// the piece's <c>connections.get("{prefix}{org}")</c> resolves in the org's project, and what to do; with
/// <c>--revalidate</c> the server also checks the resolving connection's credentials. Exit 0 when it resolves,
/// 1 when it does not, 2 on errors.
/// </summary>
internal static class DoctorCommand
{
    public static Command Create(InstanceOptions instance, CliEnvironment environment)
    {
        var org = new Argument<string>("externalProjectId")
        {
            Description = "The org: the project's external id (the connection is {prefix}{externalProjectId}).",
        };
        var target = new ConnectionTarget();
        var json = new Option<bool>("--json")
        {
            Description = "Print {\"resolves\":bool,\"cause\":\"…\",\"projectId\":…,\"connectionId\":…,\"message\":\"…\"}.",
        };

        var revalidate = new Option<bool>("--revalidate")
        {
            Description = "Also have the server check the resolving connection's credentials again (one more request, servers from 0.86.3): rejected ones are diagnosed InvalidCredentials.",
        };

        var command = new ExampleCommand(
            "doctor",
            "Explain why a piece's connections.get(\"{prefix}{org}\") does or does not resolve for one org, resolving it as the worker does, and say what to do. Exit code 0 when it resolves, 1 when it does not.",
            "dotnet activepieces connections doctor org_42 --piece gelato",
            "dotnet activepieces connections doctor org_42 --piece gelato --json",
            "dotnet activepieces connections doctor org_42 --piece gelato --revalidate",
            "dotnet activepieces connections doctor org_42 --piece gelato --prefix acme_gelato_")
        {
            org,
        };
        target.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(revalidate);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            environment,
            instance.Resolve(parseResult, environment, apiKeyRequired: true),
            target.Resolve(parseResult),
            parseResult.GetValue(org) ?? string.Empty,
            parseResult.GetValue(json),
            parseResult.GetValue(revalidate),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        CliEnvironment environment,
        InstanceSettings settings,
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        bool json,
        bool revalidate,
        CancellationToken cancellationToken)
    {
        // The library's rule, checked here so that the message names the argument as the command line spells it.
        if (ExternalProjectIds.Problem(externalProjectId) is { } problem)
        {
            throw new CliException($"externalProjectId {problem} (e.g. org_42).");
        }

        using var client = new ConnectionsClient(settings);
        var diagnosis = await client.DiagnoseAsync(descriptor, externalProjectId, new DiagnoseOptions { Revalidate = revalidate }, cancellationToken).ConfigureAwait(false);
        if (json)
        {
            DiagnosisWriter.WriteJson(environment.Out, diagnosis);
        }
        else
        {
            DiagnosisWriter.WriteText(environment.Out, externalProjectId, diagnosis);
        }

        return diagnosis.Resolves ? ExitCodes.Success : ExitCodes.Findings;
    }
}
