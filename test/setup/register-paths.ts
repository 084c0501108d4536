// Jest runs globalSetup outside its module mapper; this lets the libs'
// `@news/*` imports resolve there too (tests themselves use moduleNameMapper).
import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.json';

register({ baseUrl: `${__dirname}/../..`, paths: compilerOptions.paths });
