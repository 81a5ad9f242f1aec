import { PublicRouter } from './router.tsx';

export function App() {
  return <PublicRouter />;
}
