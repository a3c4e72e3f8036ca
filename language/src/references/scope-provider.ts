import {
    AstUtils, DefaultScopeProvider, EMPTY_SCOPE, type AstNodeDescription, type ReferenceInfo, type Scope
} from 'langium';
import { Assessment, isFromField } from '../generated/ast.js';

/**
 * What a name in a record can point at:
 * - the title in `from:` can name any assessment in the workspace;
 * - every other name (people, agencies, worries, outcomes) points at something declared in
 *   the same file first, then in the files of the assessments its plans come from.
 * Names match whatever their capitals (`who: sara` finds Sara).
 * Records elsewhere in the workspace are not searched, so two families' records never mix.
 */
export class RecordScopeProvider extends DefaultScopeProvider {
    override getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        if (type === Assessment.$type) {
            return this.createScope(this.indexManager.allElements(type), undefined, { caseInsensitive: true });
        }
        const document = AstUtils.getDocument(context.container);
        const own = document.uri.toString();
        const linked = new Set<string>();
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (!isFromField(node) || node === context.container) continue;
            const assessment = node.assessment?.ref;
            if (assessment) {
                const uri = AstUtils.getDocument(assessment).uri.toString();
                if (uri !== own) linked.add(uri);
            }
        }
        const outer = linked.size > 0 ? this.scopeOf(type, linked) : EMPTY_SCOPE;
        return this.createScope(this.elements(type, new Set([own])), outer, { caseInsensitive: true });
    }

    private scopeOf(type: string, uris: Set<string>): Scope {
        return this.createScope(this.elements(type, uris), undefined, { caseInsensitive: true });
    }

    private elements(type: string, uris: Set<string>): Iterable<AstNodeDescription> {
        return this.indexManager.allElements(type, uris);
    }
}
