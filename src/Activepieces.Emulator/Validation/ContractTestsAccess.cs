using System.Runtime.CompilerServices;

// The contract tests run RequestSchemas directly against the real Zod schemas (case by case, no HTTP).
[assembly: InternalsVisibleTo("Activepieces.Contract.Tests")]
