// Placeholder until the feature is built.
export default function ResultsPage() {
  return <h1 className="ds-heading">ResultsPage</h1>;
}
