// Placeholder until the feature is built.
export default function WorkshopPage() {
  return <h1 className="ds-heading">WorkshopPage</h1>;
}
