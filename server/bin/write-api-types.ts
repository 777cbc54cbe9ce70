/** `npm run api:types`: writes core/src/api/openapi.ts from the server's OpenAPI document. */
import fs from 'node:fs';
import { CONTRACT_FILE, contractSource } from '../src/http/api-contract.ts';

fs.writeFileSync(CONTRACT_FILE, await contractSource());
console.log(`wrote ${CONTRACT_FILE}`);
