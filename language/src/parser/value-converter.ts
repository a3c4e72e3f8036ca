import { CstUtils, DefaultValueConverter, GrammarAST, isLeafCstNode, type CstNode, type ValueType } from 'langium';

/** Turns token text into values: prose with its line breaks folded, quotes and `>` taken off. */
export class RecordValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'PROSE':
            case 'TEXT':
                return foldSpace(input);
            case 'QUOTE':
                return foldSpace(input.replace(/^>\s*/, ''));
            case 'STRING':
            case 'NAME':
                return unquote(foldSpace(input));
            case 'ID':
            case 'DATE':
                return input.trim();
            default:
                return canonicalKeyword(rule, cstNode) ?? super.runConverter(rule, input, cstNode);
        }
    }
}

/**
 * A choice of words written another way (`Seen Alone:`, `chronology`, `Child’s view:`) is
 * stored as the standard keyword (`seen alone:`, `history`, `child's view:`), which the line
 * lexer has already recognised as the token's type.
 */
function canonicalKeyword(rule: GrammarAST.AbstractRule, cstNode: CstNode): string | undefined {
    if (!GrammarAST.isParserRule(rule)) return undefined;
    const leaves = [...CstUtils.streamCst(cstNode)].filter(isLeafCstNode);
    if (leaves.length !== 1 || !GrammarAST.isKeyword(leaves[0].grammarSource)) return undefined;
    return leaves[0].tokenType.name;
}

/** Runs of white space, line breaks included, become one space. */
export function foldSpace(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

export function unquote(text: string): string {
    const m = /^["“](.*)["”]$/.exec(text);
    return m ? m[1].trim() : text;
}
