// Placeholder until the feature is built.
export default function ReviewPage() {
  return <h1 className="ds-heading">ReviewPage</h1>;
}
